import type { Option } from "./form/fields";

/** A select in a GET filter form (works without JavaScript); the empty choice means "any". */
export function FilterSelect({ name, label, anyLabel, value, options }: { name: string; label: string; anyLabel: string; value?: string; options: readonly Option[] }) {
  const id = `filter-${name}`;
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
