import "./api/jitless.ts";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { csrf } from "./api/client.ts";
import { App } from "./app/App.tsx";

// Ask for the anti-forgery token while React starts, so the first form submission does not wait for it.
csrf().catch(() => {
  // The first mutating request asks again and reports the failure to the user.
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
