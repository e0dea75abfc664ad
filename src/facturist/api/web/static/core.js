// Facturist web app, core: helpers, the API call, routing and sign-in. Plain JavaScript over
// the same /v1 API that programs use; no build step, nothing fetched from outside.
// The session cookie is HttpOnly; every state-changing request carries the CSRF token.
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);
const PAGE_SIZE = 100;
const PARALLEL_UPLOADS = 3;
const LIMITS = { files: 6000, pdf: 150 * 1024 * 1024, image: 5 * 1024 * 1024, total: 2 * 1024 ** 3 };
const SYSTEM_COLUMNS = ["Source File", "Review Needed"];
const ACTIVE = ["processing", "input_required"];
const STATUS_WORDS = {
  processing: "Processing", input_required: "Needs an answer", completed: "Completed",
  failed: "Failed", cancelled: "Cancelled",
};
const state = { me: null, csrf: "", files: [], upload: null, view: 0, historyCursor: null };

class ApiFailure extends Error {
  constructor(message, code, status, body) {
    super(message);
    this.code = code; this.status = status; this.body = body;
  }
}

function uid(prefix) {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return prefix + "_" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

function formatDate(iso) {
  return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "";
}

function toast(message) {
  const box = $("#toast");
  box.textContent = message;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.textContent = ""; }, 3000);
}

async function api(method, path, body) {
  const headers = {};
  if (method !== "GET") headers["X-CSRF-Token"] = state.csrf;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = null;
  try { data = await response.json(); } catch (_) { data = null; }
  if (response.status === 401 && !["/web/api/sign-in", "/web/api/me"].includes(path)) {
    showSignIn("Please sign in again.");
    throw new ApiFailure("Signed out.", "UNAUTHENTICATED", 401, data);
  }
  if (!response.ok) {
    const error = (data && data.error) || {};
    const issues = (error.details && error.details.issues) || [];
    const detail = issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ApiFailure(
      (error.message || `The server answered ${response.status}.`) + (detail ? ` (${detail})` : ""),
      error.code, response.status, data);
  }
  return data;
}

// -- views and routing ------------------------------------------------------------------------

function show(name, title) {
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== `view-${name}`;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${title} · Facturist`;
  state.view += 1;
  $("#main").focus({ preventScroll: true });
  window.scrollTo(0, 0);
  return state.view;
}

async function route() {
  if (!state.me) return;
  loadMe().catch(() => {}); // keeps the credit balance in the header current
  const hash = location.hash || "#/new";
  const match = hash.match(/^#\/extractions\/([0-9a-f-]{36})$/i);
  if (match) return showExtraction(match[1]);
  if (hash === "#/history") return showHistory();
  if (hash === "#/keys") return showKeys();
  show("new", "New extraction");
}

function showSignIn(message) {
  state.me = null;
  $("#top").hidden = true;
  show("sign-in", "Sign in");
  $("#sign-in-error").textContent = message || "";
  $("#sign-in-name").focus();
}

async function loadMe() {
  const me = await api("GET", "/web/api/me");
  state.me = me;
  state.csrf = me.csrf_token;
  $("#top").hidden = false;
  $("#who").textContent = me.is_admin ? `${me.account} (team admin)` : me.account;
  const available = me.credits_balance - me.credits_reserved;
  $("#credits").textContent = me.unlimited_credits
    ? "Unlimited credits" : `${available.toLocaleString()} credits available`;
}

async function start() {
  try {
    await loadMe();
  } catch (error) {
    showSignIn(error.status === 401 ? "" : error.message);
    return;
  }
  route();
}

$("#sign-in-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const name = $("#sign-in-name").value.trim();
  const password = $("#sign-in-password").value;
  if (!name || !password) {
    $("#sign-in-error").textContent = "Enter your account name and password.";
    return;
  }
  try {
    const answer = await api("POST", "/web/api/sign-in", { name, password });
    state.csrf = answer.csrf_token;
    $("#sign-in-password").value = "";
    await loadMe();
    route();
  } catch (error) {
    $("#sign-in-error").textContent = error.message;
    $("#sign-in-password").focus();
  }
});

$("#sign-out").addEventListener("click", async () => {
  try { await api("POST", "/web/api/sign-out"); } catch (_) { /* signed out anyway */ }
  showSignIn("You are signed out.");
});

window.addEventListener("hashchange", route);

