// The words the fill builds claims and sources from. Proportions matter more than prose: the search scenarios need
// a word most claims share, a word almost none has, and names a person could misspell.

export const PLACES = [
  "Krasnogorsk", "Kharkiv", "Mosul", "Aleppo", "Kabul", "Mogadishu", "Gaza", "Khartoum", "Maiduguri", "Peshawar",
  "Bamako", "Donetsk", "Idlib", "Sanaa", "Tripoli", "Goma", "Quetta", "Kandahar", "Raqqa", "Benghazi",
  "Lagos", "Nairobi", "Kherson", "Odesa", "Basra", "Kirkuk", "Jalalabad", "Marawi", "Mariupol", "Ouagadougou",
];

export const CLAIMANTS = [
  "Health Ministry", "Interior Ministry", "Investigative Committee", "Regional governor", "Civil defence", "Red Crescent",
  "Police spokesperson", "Army spokesperson", "Hospital director", "UN office", "Mayor's office", "Emergency services",
  "Local council", "Amaq", "Reuters", "Associated Press", "Agence France-Presse", "State television", "Witnesses", "Rights monitor",
];

export const ACTORS = [
  "Islamic State", "ISIS-K", "al-Shabaab", "Boko Haram", "Hamas", "Hezbollah", "Houthis", "Taliban", "Wagner Group",
  "Jamaat Nusrat al-Islam wal-Muslimin", "Tehrik-i-Taliban Pakistan", "Rapid Support Forces", "M23", "unknown gunmen",
];

export const PUBLISHERS = [
  "Reuters", "Associated Press", "Agence France-Presse", "BBC News", "Al Jazeera", "The Guardian", "Le Monde", "Der Spiegel",
  "TASS", "RIA Novosti", "Meduza", "Novaya Gazeta", "Kyiv Independent", "Ukrainska Pravda", "Dawn", "The Hindu",
  "Daily Nation", "Premium Times", "Al Arabiya", "Haaretz", "Times of Israel", "Anadolu", "Xinhua", "NHK", "CNN",
  "New York Times", "Washington Post", "Financial Times", "Bloomberg", "Deutsche Welle",
];

export const SOURCE_DOMAINS = PUBLISHERS.map((publisher) => publisher.toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "") + ".example");

/** Filler words, so that claims are not all the same sentence (each appears in about 1 claim in 100). */
export const FILLER = [
  "attack", "blast", "explosion", "shelling", "strike", "raid", "ambush", "siege", "convoy", "market", "school", "hospital",
  "checkpoint", "bridge", "station", "mosque", "church", "concert", "stadium", "border", "village", "district", "camp",
  "barracks", "airport", "port", "refinery", "hotel", "embassy", "prison", "court", "parliament", "university", "bus",
  "train", "truck", "drone", "missile", "rocket", "mortar", "gunfire", "fire", "collapse", "stampede", "flood",
  "evening", "morning", "overnight", "weekend", "curfew", "ceasefire", "evacuation", "rescue", "survivors", "relatives",
  "morgue", "officials", "residents", "reporters", "footage", "statement", "briefing", "announcement", "update",
  "investigation", "suspects", "arrests", "detainees", "hostages", "casualties", "wounded", "victims", "bodies",
  "children", "women", "soldiers", "militants", "guards", "workers", "pilgrims", "students", "refugees", "farmers",
];

/** In most casualty claims: "people". In about one claim in 10: "police". */
export const COMMON_WORD = "police";
/** In about one claim in 20,000. */
export const RARE_WORD = "hovercraft";
/** A misspelt place, as a hurried editor types it. */
export const MISSPELT_NAME = "Krasnogorks";

/** A PostgreSQL array literal of text: ARRAY['a','b']. */
export const sqlArray = (words: readonly string[]): string => `(ARRAY[${words.map((word) => `'${word.replace(/'/g, "''")}'`).join(",")}]::text[])`;
