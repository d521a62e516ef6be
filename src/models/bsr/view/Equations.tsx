import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

const EQUATIONS: Array<[string, string]> = [
  [
    'Model',
    String.raw`y_\mu = \frac{1}{\sqrt{dL}}\,\mathrm{Tr}\!\left[X_\mu^{\top} S^*\right] + \sqrt{\Delta}\,\xi_\mu,\quad S^* = \frac{U^* V^{*\top}}{\sqrt{r}},\quad \alpha = \frac{n}{dL},\ \beta = \frac{L}{d},\ \rho = \frac{r}{d}`,
  ],
  [
    'Bayes-optimal fixed point',
    String.raw`\hat q = \frac{\alpha}{\Delta + 1 - q},\qquad q = 1 - \mathrm{mmse}\!\left(\zeta = 1/\hat q\right),\qquad E_{\mathrm{BO}} = 1 - q`,
  ],
  [
    'Denoising MMSE',
    String.raw`\mathrm{mmse}(\zeta) = \zeta - \frac{\zeta^2}{\beta^{3/2}}\left[(\beta-1)^2\!\int\!\frac{\mu(s)}{s^2}\,ds + \frac{4\pi^2}{3}\!\int\!\mu(s)^3\,ds\right]`,
  ],
  ['Perfect recovery', String.raw`\alpha_{\mathrm{PR}} = \min\!\left(1,\ \frac{\rho\,(1+\beta-\rho)}{\beta}\right)`],
];

/** The equations of the current model, typeset once (they do not depend on the parameters). */
export function Equations() {
  const html = useMemo(
    () => EQUATIONS.map(([title, tex]) => [title, katex.renderToString(tex, { displayMode: true, throwOnError: false, output: 'html' })]),
    [],
  );
  return (
    <section className="equations" aria-label="Equations of the model">
      {html.map(([title, h]) => (
        <div key={title} className="equation">
          <h3>{title}</h3>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX's HTML for the fixed TeX strings above, with no user input */}
          <div dangerouslySetInnerHTML={{ __html: h }} />
        </div>
      ))}
    </section>
  );
}
