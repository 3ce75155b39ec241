import Link from "next/link";
import type { Option } from "./form/fields";

// The parts of a list page's GET filter form (works without JavaScript).

/** A select whose empty choice means "any". */
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

/** A text box; `type="search"` for the list's search words. */
export function FilterText({ name, label, value, type = "text" }: { name: string; label: string; value?: string; type?: "text" | "search" }) {
  const id = `filter-${name}`;
  return (
    <div className={type === "search" ? "filter filter-search" : "filter"}>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} defaultValue={value ?? ""} />
    </div>
  );
}

/** "Apply filters", and a way back to the unfiltered list once filters are set. */
export function FilterActions({ clearHref, filtered }: { clearHref: string; filtered: boolean }) {
  return (
    <div className="filter filter-actions">
      <button type="submit" className="button">
        Apply filters
      </button>
      {filtered ? <Link href={clearHref}>Clear filters</Link> : null}
    </div>
  );
}
