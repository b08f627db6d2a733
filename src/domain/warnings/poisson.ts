/** ln(k!) by summing logs: the counts a warning rule sees are small. */
function logFactorial(k: number): number {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
}

/**
 * P(X ≥ k) for X ~ Poisson(λ), summed upward from k in log space, so a tail of 1e-12 keeps its digits
 * (one minus the lower sum would round it to zero).
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  let term = Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k));
  let sum = 0;
  for (let i = k; term > sum * 1e-15 || i < lambda; i++) {
    sum += term;
    term *= lambda / (i + 1);
    if (term === 0) break;
  }
  return Math.min(1, sum);
}
