export const dua = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "—");
