import { useState } from 'react';

/**
 * A button that copies text built at the click (the address of this view, an iframe) and says "Copied ✓" for a
 * moment; where the clipboard is refused, the text is offered in a prompt to copy by hand.
 */
export function CopyButton({ text, label, prompt, testId, title }: { text: () => string; label: string; prompt: string; testId: string; title?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const t = text();
    try {
      await navigator.clipboard.writeText(t);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      window.prompt(prompt, t);
    }
  };
  return (
    <button onClick={copy} data-testid={testId} title={title}>
      {copied ? 'Copied ✓' : label}
    </button>
  );
}
