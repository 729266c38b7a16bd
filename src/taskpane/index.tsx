// PLACEHOLDER owned by the task-pane work.
import { createRoot } from "react-dom/client";
createRoot(document.getElementById("root") as HTMLElement).render(<p>Työllisyysalue</p>);
