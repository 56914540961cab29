/** Minutes in an AMAZON.DURATION value (ISO 8601, e.g. PT1H30M); undefined for days, weeks or nonsense. */
export function durationMinutes(duration: string): number | undefined {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(duration);
  if (!match || (!match[1] && !match[2])) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}
