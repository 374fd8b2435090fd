import { decodeDialogRequest, type DialogAnswer } from "./dialogProtocol";

/** The small page the ribbon commands open with displayDialogAsync: a question or a report, in plain DOM. */
function render(): void {
  const request = decodeDialogRequest(window.location.search);
  const root = document.getElementById("root");
  if (!root || !request) return;
  document.documentElement.lang = request.locale;
  const send = (answer: DialogAnswer) => Office.context.ui.messageParent(answer);
  const heading = document.createElement("h1");
  heading.textContent = request.title;
  const body = document.createElement("p");
  body.textContent = request.text;
  body.style.whiteSpace = "pre-line";
  const actions = document.createElement("div");
  actions.className = "actions";
  const button = (label: string, answer: DialogAnswer, primary: boolean) => {
    const b = document.createElement("button");
    b.textContent = label;
    b.className = primary ? "primary" : "";
    b.addEventListener("click", () => send(answer));
    actions.append(b);
    return b;
  };
  if (request.mode === "confirm") {
    button(request.yes, "yes", true).focus();
    button(request.no, "no", false);
  } else {
    button(request.close, "closed", true).focus();
  }
  root.replaceChildren(heading, body, actions);
}

void Office.onReady().then(render);
