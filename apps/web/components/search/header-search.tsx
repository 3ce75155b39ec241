/**
 * The header's search box: a plain GET form to /search, so that it works without JavaScript and a result page's
 * address can be shared. Its label is read by screen readers; the button says what it does.
 */
export function HeaderSearch() {
  return (
    <form method="get" action="/search" role="search" aria-label="Search claims, sources and events" className="header-search">
      <label htmlFor="header-search-q" className="sr-only">
        Search claims, sources and events
      </label>
      <input id="header-search-q" name="q" type="search" required maxLength={200} placeholder="Search claims, sources, events" autoComplete="off" />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
