// The review view in the page (anywidget ES module, no network). Python holds the state; this draws it
// and sends button presses as {do: "act" | "preview" | "undo", action: {...}}. Article text is only
// ever set as textContent, and the chart is an SVG <img>, so nothing from an article runs.

const COLUMNS = [
  ["short_id", "Id"],
  ["thread", "Thread"],
  ["surface", "Claim"],
  ["value", "Value"],
  ["outlet", "Outlet"],
  ["published", "Published"],
  ["sentence", "Sentence"],
  ["flag", "Flag"],
];

function make(tag, attrs = {}, text = "") {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text) node.textContent = text;
  return node;
}

function button(action, title) {
  return make("button", { type: "button", class: "ct-button", "data-action": action, title }, action);
}

function options(select, threads, skip, empty) {
  const keep = select.value;
  select.replaceChildren();
  if (empty) select.append(make("option", { value: "" }, empty));
  for (const t of threads) {
    if (t.id === skip || (empty && t.lone)) continue;
    const option = make("option", { value: t.id }, `${t.label} · ${t.claims} claim${t.claims === 1 ? "" : "s"}`);
    select.append(option);
  }
  select.value = keep;
  if (select.value !== keep) select.value = empty ? "" : skip;
}

function render({ model, el }) {
  const selected = new Set();
  const root = make("div", { class: "claimtrack-review" });
  const top = make("div", { class: "ct-bar" });
  const picker = make("select", { class: "ct-thread", "aria-label": "Thread shown" });
  const count = make("span", { class: "ct-count" });
  const file = make("span", { class: "ct-file" });
  top.append(make("label", {}, "Thread "), picker, count, file);

  const chart = make("img", { class: "ct-chart" });
  const tools = make("div", { class: "ct-bar ct-tools" });
  const target = make("select", { class: "ct-target", "aria-label": "Thread to move or merge into" });
  const label = make("input", { type: "text", class: "ct-label", placeholder: "new label (split, rename)" });
  const buttons = ["move", "merge", "split", "reject", "rename", "undo"].map((a) =>
    button(a, {
      move: "Move the selected claims to the chosen thread",
      merge: "Merge this whole thread into the chosen thread",
      split: "Split the selected claims off into a new thread (label from the text box)",
      reject: "The selected claims are not claims: drop them",
      rename: "Give this thread the label in the text box",
      undo: "Take back the last action (also from the review file)",
    }[a]),
  );
  tools.append(make("label", {}, "to "), target, label, ...buttons);

  const preview = make("ul", { class: "ct-preview", "aria-live": "polite" });
  const message = make("p", { class: "ct-message", role: "status" });
  const table = make("table", { class: "ct-table" });
  const head = table.createTHead().insertRow();
  const all = make("input", { type: "checkbox", "aria-label": "Select every claim shown" });
  head.append(make("th"));
  head.cells[0].append(all);
  for (const [, name] of COLUMNS) head.append(make("th", {}, name));
  const body = table.createTBody();
  const history = make("ol", { class: "ct-history" });
  root.append(top, chart, tools, preview, message, table, make("h4", {}, "This session"), history);
  el.append(root);

  function action(name) {
    return { action: name, claims: [...selected], target: target.value, label: label.value };
  }

  function drawRows() {
    selected.clear();
    all.checked = false;
    body.replaceChildren();
    for (const row of model.get("rows")) {
      const tr = body.insertRow();
      tr.dataset.id = row.short_id;
      const box = make("input", { type: "checkbox", "aria-label": `Select ${row.short_id}` });
      box.addEventListener("change", () => {
        if (box.checked) selected.add(row.short_id);
        else selected.delete(row.short_id);
        tr.classList.toggle("ct-selected", box.checked);
      });
      tr.insertCell().append(box);
      for (const [key] of COLUMNS) {
        const td = tr.insertCell();
        td.textContent = row[key];
        td.className = `ct-${key}`;
      }
    }
    const shown = model.get("rows").length, total = model.get("total");
    count.textContent = shown < total ? `${shown} of ${total} claims shown` : `${total} claim${total === 1 ? "" : "s"}`;
  }

  function drawThreads() {
    options(picker, model.get("threads"), null, null);
    picker.value = model.get("thread");
    options(target, model.get("threads"), model.get("thread"), "choose a thread…");
  }

  function drawChart() {
    const svg = model.get("chart");
    chart.hidden = !svg;
    chart.alt = model.get("chart_alt");
    if (svg) chart.src = `data:image/svg+xml;base64,${svg}`;
  }

  function drawHistory() {
    history.replaceChildren(...model.get("history").map((line) => make("li", {}, line)));
    buttons[5].disabled = !model.get("can_undo");
  }

  let hovering = null; // the button whose preview is wanted: a late answer for another is not shown
  function drawPreview() {
    if (hovering) preview.replaceChildren(...model.get("preview_text").map((line) => make("li", {}, line)));
  }

  all.addEventListener("change", () => {
    for (const box of body.querySelectorAll("input[type=checkbox]")) {
      if (box.checked !== all.checked) box.click();
    }
  });
  picker.addEventListener("change", () => {
    model.set("thread", picker.value);
    model.save_changes();
  });
  for (const b of buttons) {
    const name = b.dataset.action;
    b.addEventListener("click", () => {
      hovering = null;
      preview.replaceChildren();
      model.send(name === "undo" ? { do: "undo" } : { do: "act", action: action(name) });
    });
    if (name === "undo") continue;
    b.addEventListener("mouseenter", () => {
      hovering = name;
      model.send({ do: "preview", action: action(name) });
    });
    b.addEventListener("mouseleave", () => {
      hovering = null;
      preview.replaceChildren();
    });
  }
  model.on("change:rows", drawRows);
  model.on("change:threads", drawThreads);
  model.on("change:thread", drawThreads);
  model.on("change:chart", drawChart);
  model.on("change:history", drawHistory);
  model.on("change:can_undo", drawHistory);
  model.on("change:preview_text", drawPreview);
  model.on("change:message", () => (message.textContent = model.get("message")));
  file.textContent = model.get("file") ? `decisions saved to ${model.get("file")}` : "decisions not saved to a file";
  message.textContent = model.get("message");
  drawThreads();
  drawRows();
  drawChart();
  drawHistory();
}

export default { render };
