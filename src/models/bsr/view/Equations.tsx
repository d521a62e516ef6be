import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

/**
 * Each equation in TeX as the parts a narrow box may put on lines of their own. KaTeX breaks lines only in inline
 * mode, after top-level relations and operators and at `\allowbreak`: each part is typeset as one group (no break
 * inside), the parts are joined by `\allowbreak`, and the whole is set in inline mode with `\displaystyle`, so it
 * looks as in display mode and wraps between its parts instead of overflowing its box.
 */
const EQUATIONS: Array<[string, string[]]> = [
  [
    'Model',
    [
      String.raw`y_\mu = \frac{1}{\sqrt{dL}}\,\mathrm{Tr}\!\left[X_\mu^{\top} S^*\right] + \sqrt{\Delta}\,\xi_\mu,\quad`,
      String.raw`S^* = \frac{U^* V^{*\top}}{\sqrt{r}},\quad`,
      String.raw`\alpha = \frac{n}{dL},\ \beta = \frac{L}{d},\ \rho = \frac{r}{d}`,
    ],
  ],
  [
    'Bayes-optimal fixed point',
    [
      String.raw`\hat q = \frac{\alpha}{\Delta + 1 - q},\qquad`,
      String.raw`q = 1 - \mathrm{mmse}\!\left(\zeta = 1/\hat q\right),\qquad`,
      String.raw`E_{\mathrm{BO}} = 1 - q`,
    ],
  ],
  [
    'Denoising MMSE',
    [
      String.raw`\mathrm{mmse}(\zeta) = \zeta - \frac{\zeta^2}{\beta^{3/2}}\Bigg[(\beta-1)^2\!\int\!\frac{\mu(s)}{s^2}\,ds`,
      String.raw`{} + \frac{4\pi^2}{3}\!\int\!\mu(s)^3\,ds\Bigg]`,
    ],
  ],
  ['Perfect recovery', [String.raw`\alpha_{\mathrm{PR}} = \min\!\left(1,\ \frac{\rho\,(1+\beta-\rho)}{\beta}\right)`]],
];

/** The equations of the current model, typeset once (they do not depend on the parameters), each wrapping to its box. */
export function Equations() {
  const html = useMemo(
    () =>
      EQUATIONS.map(([title, parts]) => [
        title,
        katex.renderToString(parts.map((p) => String.raw`{\displaystyle ${p}}`).join(String.raw`\allowbreak `), {
          displayMode: false,
          throwOnError: false,
          output: 'html',
        }),
      ]),
    [],
  );
  return (
    <section className="equations" aria-label="Equations of the model">
      {html.map(([title, h]) => (
        <div key={title} className="equation">
          <h3>{title}</h3>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX's HTML for the fixed TeX strings above, with no user input */}
          <div className="equation-tex" dangerouslySetInnerHTML={{ __html: h }} />
        </div>
      ))}
    </section>
  );
}
