/** A row of tabs choosing one panel; the selection lives in the store (and so in the link). */
export function Tabs<T extends string>({
  tabs,
  value,
  onChange,
  testPrefix,
}: {
  tabs: ReadonlyArray<readonly [T, string]>;
  value: T;
  onChange: (id: T) => void;
  testPrefix: string;
}) {
  return (
    <div role="tablist" className="tabs">
      {tabs.map(([id, label]) => (
        <button key={id} role="tab" aria-selected={value === id} onClick={() => onChange(id)} data-testid={`${testPrefix}${id}`}>
          {label}
        </button>
      ))}
    </div>
  );
}
