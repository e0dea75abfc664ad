// Facturist web app: the new-extraction form, checks before upload, parallel uploads.
// Loaded after core.js, whose helpers (api, el, state, show) it uses.
"use strict";

// -- new extraction: files --------------------------------------------------------------------

function kindOf(name) {
  const ext = name.toLowerCase().split(".").pop();
  if (ext === "pdf") return "pdf";
  if (["jpg", "jpeg", "png"].includes(ext)) return "image";
  return null;
}

function addFiles(files) {
  const problems = [];
  const names = new Set(state.files.map((f) => f.name.toLowerCase()));
  let total = state.files.reduce((sum, f) => sum + f.size, 0);
  let added = 0;
  for (const file of files) {
    const name = file.name;
    const kind = kindOf(name);
    if (name.startsWith(".")) continue; // hidden files from folders (.DS_Store and the like)
    if (!kind) problems.push(`${name}: not a PDF, JPG or PNG file, skipped.`);
    else if (file.size === 0) problems.push(`${name}: the file is empty, skipped.`);
    else if (kind === "pdf" && file.size > LIMITS.pdf) problems.push(`${name}: larger than 150 MB, skipped.`);
    else if (kind === "image" && file.size > LIMITS.image) problems.push(`${name}: images may be at most 5 MB, skipped.`);
    else if (name.length > 200 || /[\u0000-\u001f\u007f]/.test(name)) problems.push(`${name}: the name is too long or has control characters, skipped.`);
    else if (names.has(name.toLowerCase())) problems.push(`${name}: a file with this name is already in the list, skipped.`);
    else if (state.files.length >= LIMITS.files) { problems.push(`At most ${LIMITS.files} files at once; the rest were skipped.`); break; }
    else if (total + file.size > LIMITS.total) { problems.push("All files together may be at most 2 GB; the rest were skipped."); break; }
    else {
      names.add(name.toLowerCase());
      total += file.size;
      state.files.push({ file, name, size: file.size, id: `f${state.files.length}_${uid("x").slice(2, 10)}`,
        status: "ready", loaded: 0, error: "" });
      added += 1;
    }
  }
  state.upload = null; // the file set changed: the next start opens a new upload session
  const box = $("#file-messages");
  box.replaceChildren(...problems.slice(0, 8).map((text) => el("p", { text })));
  if (problems.length > 8) box.append(el("p", { text: `…and ${problems.length - 8} more skipped.` }));
  renderFiles();
  if (added) toast(`${added} file${added === 1 ? "" : "s"} added.`);
}

function fileState(entry) {
  if (entry.status === "uploading") return el("progress", { max: entry.size, value: entry.loaded, "aria-label": `Upload of ${entry.name}` });
  if (entry.status === "done") return "Uploaded";
  if (entry.status === "failed") return `Failed: ${entry.error}`;
  return "Ready";
}

function renderFiles() {
  const list = $("#file-list");
  const shown = state.files.slice(0, 500);
  list.replaceChildren(...shown.map((entry, index) => {
    const action = entry.status === "failed"
      ? el("button", { type: "button", onclick: () => retryFile(entry), "aria-label": `Retry ${entry.name}` }, "Retry")
      : el("button", { type: "button", class: "link", disabled: entry.status === "uploading" || entry.status === "done",
        onclick: () => { state.files.splice(index, 1); state.upload = null; renderFiles(); },
        "aria-label": `Remove ${entry.name}` }, "Remove");
    return el("li", { class: entry.status },
      el("span", { class: "name", title: entry.name, text: entry.name }),
      el("span", { class: "size", text: formatSize(entry.size) }),
      el("span", { class: "state" }, fileState(entry)), action);
  }));
  if (state.files.length > shown.length) list.append(el("li", { text: `…and ${state.files.length - shown.length} more` }));
  const total = state.files.reduce((sum, f) => sum + f.size, 0);
  $("#file-summary").hidden = state.files.length === 0;
  $("#file-count").textContent = `${state.files.length} file${state.files.length === 1 ? "" : "s"}, ${formatSize(total)}`;
}

async function filesFromDrop(items) {
  const out = [];
  const walk = async (entry) => {
    if (entry.isFile) out.push(await new Promise((ok, fail) => entry.file(ok, fail)));
    else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
        if (!batch.length) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  const entries = Array.from(items, (item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter(Boolean);
  for (const entry of entries) await walk(entry);
  return out;
}

const drop = $("#drop");
drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", async (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  const items = event.dataTransfer.items;
  addFiles(items && items.length && items[0].webkitGetAsEntry ? await filesFromDrop(items) : event.dataTransfer.files);
});
for (const input of [$("#pick-files"), $("#pick-folder")]) {
  input.addEventListener("change", () => { addFiles(Array.from(input.files)); input.value = ""; });
}
$("#clear-files").addEventListener("click", () => {
  state.files = []; state.upload = null; $("#file-messages").replaceChildren(); renderFiles();
});

// -- new extraction: what to extract ----------------------------------------------------------

function addField(name = "", instruction = "") {
  const list = $("#field-list");
  const n = uid("fld");
  const item = el("li", {},
    el("div", {}, el("label", { for: `${n}-name`, text: "Field name" }),
      el("input", { id: `${n}-name`, class: "field-name", maxlength: 50, value: name, placeholder: "e.g. Invoice Number" })),
    el("div", { class: "instruction" }, el("label", { for: `${n}-hint`, text: "Instruction (optional)" }),
      el("input", { id: `${n}-hint`, class: "field-hint", maxlength: 600, value: instruction, placeholder: "e.g. as printed, without spaces" })),
    el("button", { type: "button", class: "link", "aria-label": "Remove this field",
      onclick: () => { item.remove(); $("#add-field").focus(); } }, "Remove"));
  list.append(item);
  return item;
}

for (const radio of document.querySelectorAll('input[name="prompt-mode"]')) {
  radio.addEventListener("change", () => {
    const words = radio.value === "words" && radio.checked;
    $("#mode-words").hidden = !words;
    $("#mode-fields").hidden = words;
  });
}
for (const chip of document.querySelectorAll("[data-example]")) {
  chip.addEventListener("click", () => { $("#prompt-text").value = chip.dataset.example; $("#prompt-text").focus(); });
}
$("#add-field").addEventListener("click", () => $(".field-name", addField()).focus());

function promptFromForm() {
  const words = $('input[name="prompt-mode"]:checked').value === "words";
  if (words) {
    const text = $("#prompt-text").value.trim();
    if (!text) throw Object.assign(new Error("Describe the data you need."), { focus: "#prompt-text" });
    return text;
  }
  const fields = [];
  const seen = new Set();
  for (const item of document.querySelectorAll("#field-list li")) {
    const nameInput = $(".field-name", item);
    const name = nameInput.value.trim();
    const hint = $(".field-hint", item).value.trim();
    if (!name && !hint) continue;
    const key = name.toLowerCase().replace(/[\s_]/g, "");
    const fail = (message) => { throw Object.assign(new Error(message), { focusNode: nameInput }); };
    if (name.length < 2) fail("Each field needs a name of at least 2 characters.");
    if (SYSTEM_COLUMNS.some((c) => c.toLowerCase().replace(/\s/g, "") === key)) fail(`“${name}” is added automatically; pick another name.`);
    if (seen.has(key)) fail(`The field “${name}” is listed twice.`);
    if (hint && hint.length < 3) fail(`The instruction for “${name}” is too short (3 characters at least).`);
    seen.add(key);
    fields.push(hint ? { name, prompt: hint } : { name });
  }
  if (!fields.length) throw Object.assign(new Error("Add at least one field."), { focus: "#add-field" });
  if (fields.length > 20) throw Object.assign(new Error("At most 20 fields."), { focus: "#add-field" });
  const general = $("#general-prompt").value.trim();
  return general ? { fields, general_prompt: general } : { fields };
}

function defaultTaskName() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `Invoices ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

// -- new extraction: upload and submit --------------------------------------------------------

function putPart(url, blob, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", url);
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => (xhr.status < 400 ? resolve(xhr.getResponseHeader("ETag"))
      : reject(new Error(`storage answered ${xhr.status}`)));
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(blob);
  });
}

async function uploadFile(entry) {
  const { sessionId, partSize } = state.upload;
  entry.status = "uploading"; entry.loaded = 0; entry.error = "";
  renderFiles();
  try {
    const count = Math.max(1, Math.ceil(entry.size / partSize));
    const numbers = Array.from({ length: count }, (_, i) => i + 1);
    const parts = [];
    for (let first = 0; first < numbers.length; first += 1000) {
      const answer = await api("POST", `/v1/uploads/sessions/${sessionId}/parts`,
        { file_id: entry.id, part_numbers: numbers.slice(first, first + 1000) });
      for (const part of answer.part_urls) {
        const n = part.part_number;
        const blob = entry.file.slice((n - 1) * partSize, n * partSize);
        const before = (n - 1) * partSize;
        const etag = await putPart(part.url, blob, (loaded) => {
          entry.loaded = before + loaded;
          const bar = document.querySelector(`#file-list progress[aria-label="Upload of ${CSS.escape(entry.name)}"]`);
          if (bar) bar.value = entry.loaded;
        });
        parts.push({ part_number: n, e_tag: etag });
      }
    }
    await api("POST", `/v1/uploads/sessions/${sessionId}/complete`, { file_id: entry.id, parts });
    entry.status = "done";
  } catch (error) {
    entry.status = "failed";
    entry.error = error.message;
  }
  renderFiles();
}

async function uploadAll() {
  const queue = state.files.filter((f) => f.status !== "done");
  const worker = async () => { while (queue.length) await uploadFile(queue.shift()); };
  await Promise.all(Array.from({ length: PARALLEL_UPLOADS }, worker));
}

async function retryFile(entry) {
  await uploadFile(entry);
  if (state.files.every((f) => f.status === "done")) submitExtraction();
}

function optionsFromForm() {
  return {
    output_language: $("#opt-language").value,
    review_needed_fill_color: $("#opt-review-colour").value,
    affected_field_fill_color: $("#opt-affected-colour").value,
    json_typed_values: $("#opt-typed").checked,
    send_completion_email: $("#opt-email").checked,
  };
}

async function submitExtraction() {
  const error = $("#new-error");
  const done = state.files.filter((f) => f.status === "done");
  if (!done.length) { error.textContent = "No file could be uploaded."; return; }
  try {
    const answer = await api("POST", "/v1/extractions", {
      submission_id: state.upload.submissionId,
      upload_session_id: state.upload.sessionId,
      file_ids: done.map((f) => f.id),
      task_name: $("#task-name").value.trim(),
      prompt: state.upload.prompt,
      output_structure: $("#structure").value,
      options: optionsFromForm(),
    });
    state.files = []; state.upload = null; renderFiles();
    $("#task-name").value = defaultTaskName();
    location.hash = `#/extractions/${answer.extraction_id}`;
  } catch (failure) {
    error.textContent = failure.message;
  } finally {
    $("#start").disabled = false;
  }
}

$("#new-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = $("#new-error");
  error.textContent = "";
  $("#skip-failed").hidden = true;
  let prompt;
  try {
    if (!state.files.length) throw Object.assign(new Error("Add at least one invoice file."), { focus: "#pick-files" });
    const taskName = $("#task-name").value.trim();
    if (taskName.length < 3) throw Object.assign(new Error("Give the extraction a name of 3 to 40 characters."), { focus: "#task-name" });
    prompt = promptFromForm();
  } catch (problem) {
    error.textContent = problem.message;
    (problem.focusNode || $(problem.focus || "#new-title")).focus();
    return;
  }
  $("#start").disabled = true;
  try {
    if (!state.upload) {
      const sessionId = uid("web");
      const created = await api("POST", "/v1/uploads/sessions", {
        upload_session_id: sessionId,
        files: state.files.map((f) => ({ file_id: f.id, file_name: f.name, file_size_bytes: f.size })),
      });
      state.upload = { sessionId, partSize: created.files[0].part_size, submissionId: uid("web_sub") };
    }
    state.upload.prompt = prompt;
    await uploadAll();
  } catch (failure) {
    error.textContent = failure.message;
    $("#start").disabled = false;
    return;
  }
  const failed = state.files.filter((f) => f.status === "failed").length;
  if (failed) {
    error.textContent = `${failed} file${failed === 1 ? "" : "s"} could not be uploaded. Retry them, or submit without them.`;
    $("#skip-failed").hidden = false;
    $("#start").disabled = false;
    return;
  }
  await submitExtraction();
});
$("#skip-failed").addEventListener("click", () => { $("#skip-failed").hidden = true; submitExtraction(); });

