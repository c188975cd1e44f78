/** Money in a few characters, for dense lists: "$281m", "$1.75bn", "$5,665". */
export function usdShort(n: number): string {
  return `$${n >= 1e9 ? `${+(n / 1e9).toFixed(2)}bn` : n >= 1e6 ? `${+(n / 1e6).toFixed(1)}m` : n.toLocaleString('en-US')}`;
}
