/**
 * Puts text on the clipboard: the async Clipboard API where the host allows it, else the older copy
 * command on a hidden text area (Office's task-pane frames do not always grant clipboard-write).
 * False when neither worked: the caller then shows the text for the user to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
    const written = await navigator.clipboard.writeText(text).then(
      () => true,
      // Refused (no permission, or the frame has no focus): the copy command below may still be allowed.
      () => false,
    );
    if (written) return true;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  return copied;
}
