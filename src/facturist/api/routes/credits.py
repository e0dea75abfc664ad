"""`/v1/credits/balance`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool

from facturist.api.deps import Ctx, limited
from facturist.service import accounts
from facturist.service.accounts import Principal

router = APIRouter(prefix="/credits", tags=["credits"])


@router.get("/balance")
async def balance(
    ctx: Ctx, caller: Annotated[Principal, Depends(limited("credits"))]
) -> dict[str, Any]:
    """Credits available (free pages of the month plus grants) and held by running work."""

    def _read() -> dict[str, Any]:
        with ctx.db.session() as session:
            current = accounts.current_balance(ctx, session, caller.account_id)
        return {
            "success": True,
            "credits_balance": current.balance,
            "credits_reserved": current.reserved,
        }

    return await run_in_threadpool(_read)
