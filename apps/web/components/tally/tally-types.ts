import type { RouterOutputs } from "@claimdesk/api";

// The shapes the tally components show, as the API returns them.

export type Tally = RouterOutputs["event"]["tally"];
export type TallyFigureRow = Tally["figures"][number];
export type TallyFlagRow = Tally["flags"][number];
export type HouseFigureRow = Tally["houseFigure"];
