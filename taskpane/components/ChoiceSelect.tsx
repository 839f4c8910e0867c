import { Select } from "@fluentui/react-components";

export interface ChoiceSelectProps<V extends string> {
  value: V | "";
  onChange: (value: V | "") => void;
  /** The stored values, in display order. */
  choices: readonly V[];
  /** What the buyer reads for a value (a catalogue label); the value itself when absent. */
  labelOf?: (choice: V) => string;
  /** Text of a leading blank option ("All", "(none)"); no blank option when absent. */
  blank?: string;
  "data-testid"?: string;
}

/** A dropdown over a fixed list of values, with an optional blank first option. */
export function ChoiceSelect<V extends string>({ value, onChange, choices, labelOf, blank, "data-testid": testId }: ChoiceSelectProps<V>) {
  return (
    <Select value={value} onChange={(_, d) => onChange(d.value as V | "")} data-testid={testId}>
      {blank !== undefined && <option value="">{blank}</option>}
      {choices.map((c) => (
        <option key={c} value={c}>
          {labelOf ? labelOf(c) : c}
        </option>
      ))}
    </Select>
  );
}
