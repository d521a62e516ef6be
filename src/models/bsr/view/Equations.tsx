import 'katex/dist/katex.min.css';
import EQUATIONS from './equations.tex?katex';

/**
 * The equations of the model, typeset when the page is built (scripts/katexTypeset.ts, from equations.tex), each
 * wrapping to its box. They do not depend on the parameters.
 */
export function Equations() {
  return (
    <section className="equations" aria-label="Equations of the model">
      {EQUATIONS.map(({ title, html }) => (
        <div key={title} className="equation">
          <h3>{title}</h3>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX's HTML for the fixed TeX of equations.tex, typeset at build time, with no user input */}
          <div className="equation-tex" dangerouslySetInnerHTML={{ __html: html }} />
        </div>
      ))}
    </section>
  );
}
