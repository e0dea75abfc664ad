// Facturist web app: one extraction's progress, results table and source highlight.
// Loaded after core.js, whose helpers (api, el, state, show) it uses.
"use strict";

// -- one extraction: progress, results, source highlight --------------------------------------

function badge(status) {
  return el("span", { class: `badge ${status}`, text: STATUS_WORDS[status] || status });
}

function detailsList(pairs) {
  return el("dl", { class: "small" }, pairs.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
}

function promptText(prompt) {
  if (!prompt || typeof prompt === "string") return prompt || "";
  const fields = prompt.fields.map((f) => (f.prompt ? `${f.name} (${f.prompt})` : f.name)).join(", ");
  return prompt.general_prompt ? `${fields}. ${prompt.general_prompt}` : fields;
}

async function showExtraction(id) {
  const token = show("extraction", "Extraction");
  $("#extraction-results").hidden = true;
  $("#cancel-extraction").hidden = true;
  $("#delete-extraction").hidden = true;
  $("#extraction-status").replaceChildren(el("p", { text: "Loading…" }));
  let info;
  try {
    info = (await api("GET", `/v1/extractions/${id}/details`)).extraction;
  } catch (error) {
    $("#extraction-status").replaceChildren(el("p", { class: "error", text: error.message }));
    return;
  }
  $("#extraction-title").textContent = info.task_name || "Extraction";
  document.title = `${info.task_name || "Extraction"} · Facturist`;
  const options = info.options || {};
  $("#details-body").replaceChildren(detailsList([
    ["Submitted", formatDate(info.created_at)],
    ["From", info.submission_method === "web_app" ? "Web app" : "API"],
    ["Files", `${info.file_count}: ${info.file_names.slice(0, 20).join(", ")}${info.file_count > 20 ? ", …" : ""}`],
    ["Prompt", promptText(info.prompt)],
    ["Rows", info.output_structure || ""],
    ["Options", Object.entries(options).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") || "none" : v}`).join("; ")],
  ]));
  let wait = 0;
  for (;;) {
    let status;
    let progress = null;
    try {
      status = await api("GET", `/v1/extractions/${id}${wait ? `?wait=${wait}` : ""}`);
      if (ACTIVE.includes(status.status)) progress = await api("GET", `/web/api/extractions/${id}/progress`);
    } catch (error) {
      if (token !== state.view) return;
      $("#extraction-status").replaceChildren(el("p", { class: "error", text: error.message }));
      return;
    }
    if (token !== state.view) return;
    renderStatus(id, status, progress);
    if (!ACTIVE.includes(status.status)) {
      if (status.status === "completed") await showResults(id, status, token);
      return;
    }
    wait = 2;
  }
}

function renderStatus(id, status, progress) {
  const box = $("#extraction-status");
  const parts = [el("div", { class: "status-line" }, badge(status.status))];
  if (ACTIVE.includes(status.status)) {
    parts.push(el("progress", { max: 100, value: status.progress || 0, "aria-label": "Progress" }));
    const pages = progress && progress.pages_total
      ? `${progress.pages_done} of ${progress.pages_total} pages read` : "Counting pages…";
    const failed = progress && progress.files_failed ? `, ${progress.files_failed} file(s) failed` : "";
    parts.push(el("p", { text: `${pages}${failed}. You can leave this page; the work goes on.` }));
  } else if (status.status === "completed") {
    const p = status.pages;
    parts.push(el("p", { text: `${p.successful_count} page(s) read, ${p.failed_count} failed. ` +
      `${status.credits_deducted ?? 0} credit(s) used.` }));
    for (const reason of p.failure_reasons || []) parts.push(el("p", { class: "error", text: reason.message }));
  } else if (status.status === "failed") {
    parts.push(el("p", { class: "error", text: status.error ? status.error.message : "The extraction failed." }));
  } else if (status.status === "cancelled") {
    parts.push(el("p", { text: `Cancelled. ${status.credits_deducted ?? 0} credit(s) used for the work done.` }));
  }
  box.replaceChildren(...parts);
  $("#cancel-extraction").hidden = !ACTIVE.includes(status.status);
  $("#delete-extraction").hidden = ACTIVE.includes(status.status);
  $("#cancel-extraction").onclick = async () => {
    try { await api("POST", `/v1/extractions/${id}/cancel`); toast("Cancelling…"); } catch (e) { toast(e.message); }
  };
  $("#delete-extraction").onclick = () => deleteExtraction(id, () => { location.hash = "#/history"; });
}

async function deleteExtraction(id, then) {
  if (!confirm("Delete this extraction, its results and its uploaded files? This cannot be undone.")) return;
  try {
    await api("DELETE", `/v1/extractions/${id}`);
    toast("Extraction deleted.");
    then();
  } catch (error) { toast(error.message); }
}

async function showResults(id, status, token) {
  $("#extraction-results").hidden = false;
  const notes = status.ai_uncertainty_notes || [];
  const review = status.review_needed || { count: 0, items: [] };
  const blocks = [];
  if (review.count) {
    blocks.push(el("div", { class: "card notice" },
      el("h2", { text: `${review.count} thing(s) to review` }),
      el("p", { class: "small", text: "Rows to check are shaded; the values concerned are marked." })));
  }
  if (notes.length) {
    blocks.push(el("div", { class: "card" }, el("h2", { text: "Assumptions made" }),
      el("ul", { class: "notes" }, notes.map((n) => el("li", {}, el("strong", { text: `${n.topic}: ` }), n.description)))));
  }
  $("#notes").replaceChildren(...blocks);
  for (const button of document.querySelectorAll("[data-format]")) {
    button.onclick = () => download(id, button.dataset.format);
  }
  $("#rows").onclick = (event) => {
    const cell = event.target.closest("button.cell");
    if (cell) openSource(id, Number(cell.dataset.row), cell.dataset.column, cell);
  };
  await loadRows(id, 0, token);
}

async function download(id, format) {
  try {
    const answer = await api("GET", `/v1/extractions/${id}/output?format=${format}`);
    const link = el("a", { href: answer.download_url, download: "" });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (error) { toast(error.message); }
}

function isAmount(value) {
  // Right-align numbers and amounts, but not identifiers made of digits (invoice numbers).
  return typeof value === "number" || (typeof value === "string" && /^-?\d{1,3}([.,\u00a0 ]?\d{3})*[.,]\d{1,4}$/.test(value));
}

async function loadRows(id, offset, token) {
  let page;
  try {
    page = await api("GET", `/v1/extractions/${id}/results?offset=${offset}&limit=${PAGE_SIZE}`);
  } catch (error) { toast(error.message); return; }
  if (token !== state.view) return;
  const flagged = new Map();
  for (const item of page.review_needed.items) {
    for (const n of item.output_row_numbers) {
      if (!flagged.has(n)) flagged.set(n, new Set());
      for (const field of item.affected_fields) flagged.get(n).add(field);
    }
  }
  const head = el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "#" }),
    page.columns.map((c) => el("th", { scope: "col", text: c }))));
  const body = el("tbody");
  page.rows.forEach((row, i) => {
    const number = offset + i + 1;
    const affected = flagged.get(number) || new Set();
    const needsReview = flagged.has(number) || Boolean(row["Review Needed"]);
    const tr = el("tr", { class: needsReview ? "review" : null }, el("td", { class: "num muted", text: String(number) }));
    for (const column of page.columns) {
      const value = row[column];
      const text = value === null || value === undefined ? "" : String(value);
      const td = el("td", { class: [isAmount(value) ? "num" : "", affected.has(column) ? "affected" : "",
        column === "Review Needed" ? "review-text" : ""].join(" ").trim() || null });
      if (text && !SYSTEM_COLUMNS.includes(column)) {
        td.append(el("button", { type: "button", class: "cell", "data-row": number, "data-column": column,
          "aria-label": `${column}: ${text}. Show on the page`, text }));
      } else td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  });
  $("#rows").replaceChildren(head, body);
  const last = offset + page.rows.length;
  for (const pager of [$("#pager-top"), $("#pager-bottom")]) {
    const label = page.total_rows ? `Rows ${offset + 1}–${last} of ${page.total_rows.toLocaleString()}` : "No rows.";
    const parts = [el("span", { text: label })];
    if (page.total_rows > PAGE_SIZE) {
      parts.push(
        el("button", { type: "button", disabled: offset === 0,
          onclick: () => loadRows(id, Math.max(0, offset - PAGE_SIZE), token) }, "Previous"),
        el("button", { type: "button", disabled: !page.has_more,
          onclick: () => loadRows(id, page.next_offset, token) }, "Next"));
    }
    pager.replaceChildren(...parts);
  }
}

async function openSource(id, rowNumber, column, opener) {
  const dialog = $("#source");
  const area = $("#page");
  $("#source-title").textContent = `${column}, row ${rowNumber}`;
  $("#source-note").textContent = "Loading the page…";
  area.replaceChildren();
  dialog.returnFocusTo = opener;
  if (!dialog.open) dialog.showModal();
  let where;
  try {
    where = await api("GET", `/web/api/extractions/${id}/cells?row=${rowNumber}&column=${encodeURIComponent(column)}`);
  } catch (error) {
    $("#source-note").textContent = error.status === 404
      ? "The source page is shown to the person who submitted this extraction only." : error.message;
    return;
  }
  $("#source-title").textContent = `${column}: ${where.file_name}, page ${where.page} of ${where.page_count}`;
  $("#source-note").textContent = where.boxes.length
    ? "The value is outlined in red." : "No position was recorded for this value; here is its page.";
  const image = el("img", { src: where.image_url, alt: `Page ${where.page} of ${where.file_name}` });
  const boxes = where.boxes.map(([x0, y0, x1, y1]) => {
    const box = el("div", { class: "box", "aria-hidden": "true" });
    box.style.left = `${x0 * 100}%`;
    box.style.top = `${y0 * 100}%`;
    box.style.width = `${Math.max(0.5, (x1 - x0) * 100)}%`;
    box.style.height = `${Math.max(0.5, (y1 - y0) * 100)}%`;
    return box;
  });
  image.addEventListener("load", () => { if (boxes[0]) boxes[0].scrollIntoView({ block: "center" }); });
  area.replaceChildren(image, ...boxes);
}

$("#source-close").addEventListener("click", () => $("#source").close());
$("#source").addEventListener("close", () => {
  const opener = $("#source").returnFocusTo;
  if (opener && document.contains(opener)) opener.focus();
});
$("#source").addEventListener("click", (event) => { if (event.target === $("#source")) $("#source").close(); });

