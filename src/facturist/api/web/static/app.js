// Facturist web app: history, API keys, and start-up.
// Loaded after core.js, whose helpers (api, el, state, show) it uses.
"use strict";

// -- history ----------------------------------------------------------------------------------

function dayBound(value, end) {
  if (!value) return null;
  const [y, m, d] = value.split("-").map(Number);
  return (end ? new Date(y, m - 1, d, 23, 59, 59) : new Date(y, m - 1, d)).toISOString();
}

async function showHistory(more = false) {
  const token = more ? state.view : show("history", "History");
  const query = new URLSearchParams({ limit: "25" });
  for (const [key, input] of [["status", "#f-status"], ["submission_method", "#f-method"]]) {
    if ($(input).value) query.set(key, $(input).value);
  }
  const after = dayBound($("#f-after").value, false);
  const before = dayBound($("#f-before").value, true);
  if (after) query.set("created_after", after);
  if (before) query.set("created_before", before);
  if (more && state.historyCursor) query.set("cursor", state.historyCursor);
  let page;
  try {
    page = await api("GET", `/v1/extractions?${query}`);
  } catch (error) { toast(error.message); return; }
  if (token !== state.view) return;
  const team = page.extractions.some((x) => x.submitted_by) || (state.me && state.me.is_admin);
  const table = $("#history");
  if (!more) {
    table.replaceChildren(el("thead", {}, el("tr", {}, ["Name", "Status", "Submitted", "From", "Files",
      team ? "By" : null, "Actions"].filter(Boolean).map((h) => el("th", { scope: "col", text: h })))), el("tbody"));
  }
  const body = $("tbody", table);
  for (const item of page.extractions) {
    const name = item.task_name || item.extraction_id.slice(0, 8);
    body.append(el("tr", {},
      el("td", {}, el("a", { href: `#/extractions/${item.extraction_id}`, text: name })),
      el("td", {}, badge(item.status)),
      el("td", { text: formatDate(item.created_at) }),
      el("td", { text: item.submission_method === "web_app" ? "Web app" : "API" }),
      el("td", { class: "num", text: String(item.file_count) }),
      team ? el("td", { text: (item.submitted_by && item.submitted_by.email) || "—" }) : null,
      el("td", {}, ACTIVE.includes(item.status) ? "" : el("button", { type: "button", class: "link",
        "aria-label": `Delete ${name}`, onclick: () => deleteExtraction(item.extraction_id, () => showHistory()) }, "Delete"))));
  }
  state.historyCursor = page.next_cursor;
  $("#history-more").hidden = !page.has_more;
  $("#history-empty").hidden = body.children.length > 0;
  table.hidden = body.children.length === 0;
}

$("#history-filters").addEventListener("submit", (event) => { event.preventDefault(); showHistory(); });
$("#history-more").addEventListener("click", () => showHistory(true));

// -- API keys ---------------------------------------------------------------------------------

async function showKeys(keepNewKey = false) {
  const token = show("keys", "API keys");
  if (!keepNewKey) $("#new-key").hidden = true;
  $("#api-base").textContent = `${location.origin}/v1`;
  let answer;
  try { answer = await api("GET", "/web/api/keys"); } catch (error) { toast(error.message); return; }
  if (token !== state.view) return;
  const rows = answer.keys.map((key) => el("tr", {},
    el("td", {}, el("code", { text: `${key.prefix}…` })),
    el("td", { text: key.label || "—" }),
    el("td", { text: formatDate(key.created_at) }),
    el("td", { text: key.revoked_at ? `Revoked ${formatDate(key.revoked_at)}` : "Active" }),
    el("td", {}, key.revoked_at ? "" : el("button", { type: "button", class: "danger",
      "aria-label": `Revoke key ${key.prefix}`, onclick: () => revokeKey(key) }, "Revoke"))));
  $("#keys").replaceChildren(
    el("thead", {}, el("tr", {}, ["Key", "Label", "Created", "State", ""].map((h) => el("th", { scope: "col", text: h })))),
    el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colspan: 5, class: "muted", text: "No keys yet." }))));
}

async function revokeKey(key) {
  if (!confirm(`Revoke key ${key.prefix}…? Programs using it stop working at once.`)) return;
  try {
    await api("POST", `/web/api/keys/${key.id}/revoke`);
    toast("Key revoked.");
    showKeys();
  } catch (error) { toast(error.message); }
}

$("#key-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    const answer = await api("POST", "/web/api/keys", { label: $("#key-label").value });
    $("#key-label").value = "";
    $("#new-key-value").textContent = answer.key;
    $("#new-key").hidden = false;
    await showKeys(true);
    $("#copy-key").focus();
  } catch (error) { toast(error.message); }
});
$("#copy-key").addEventListener("click", async () => {
  try { await navigator.clipboard.writeText($("#new-key-value").textContent); toast("Copied."); }
  catch (_) { toast("Select the key and copy it."); }
});

// -- start ------------------------------------------------------------------------------------

for (const [name, hint] of [["Invoice Number", ""], ["Invoice Date", ""], ["Seller Name", ""], ["Total Amount", ""]]) {
  addField(name, hint);
}
$("#task-name").value = defaultTaskName();
start();
