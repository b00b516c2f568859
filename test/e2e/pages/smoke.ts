// The smallest page: proves the harness builds and runs TypeScript in Chromium.
const root = document.getElementById("root");
if (root) {
  const el = document.createElement("p");
  el.className = "smoke";
  el.textContent = `ready ${[1, 2, 3].map((n) => n * 2).join(",")}`;
  root.appendChild(el);
}
