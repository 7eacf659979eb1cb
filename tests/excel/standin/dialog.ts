/**
 * `Office` as a dialog page sees it: in a dialog opened with `displayDialogAsync`, only
 * `Office.context.ui.messageParent` and `Office.context.requirements.isSetSupported` work
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/dialog-api-in-office-add-ins: "The
 * `messageParent` function is one of *only* two Office JS APIs that can be called in the dialog
 * box. The other … is `Office.context.requirements.isSetSupported`."); `Office.actions`, not one of
 * the two, is absent. Reading anything else of `Office.context` throws, so a dialog page
 * that asks for the display language (or anything else) fails its test.
 */

/** What the dialog's Office keeps of the opener's. */
export interface DialogOfficeParts {
  isSetSupported(name: string, version?: string): boolean;
  messageParent(message: string): void;
  onReady(): Promise<unknown>;
}

/**
 * An `Office` global limited to what works in a dialog.
 * @example dialogOffice(parts).context.displayLanguage // throws: not available in a dialog
 */
export function dialogOffice(parts: DialogOfficeParts): Record<string, unknown> {
  const refuse = (name: string) => {
    throw new Error(`Office.context.${name} is not available in a dialog: only messageParent and isSetSupported are.`);
  };
  const context = new Proxy(
    { ui: { messageParent: parts.messageParent }, requirements: { isSetSupported: parts.isSetSupported } } as Record<string, unknown>,
    {
      get(target, property) {
        if (typeof property !== "string" || property in target) return target[property as string];
        if (property === "then" || property === "toJSON") return undefined;
        return refuse(property);
      },
    },
  );
  return { context, onReady: parts.onReady };
}
