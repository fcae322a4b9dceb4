// Vitest runs the data layer outside Next, where `next/cache` has no cache to talk to. Reads run
// uncached here (the prerendered pages are tested in the browser suite); what a write expires is
// recorded, so a test can say which storefront pages a change makes stale.
const expired: string[] = [];

export function expiredTags(): string[] {
  return [...expired];
}

export function clearExpiredTags() {
  expired.length = 0;
}

export function cacheLife(_profile: unknown) {}
export function cacheTag(..._tags: string[]) {}
export function updateTag(tag: string) {
  expired.push(tag);
}
export function revalidateTag(tag: string, _profile?: unknown) {
  expired.push(tag);
}
export function revalidatePath(_path: string, _type?: string) {}
export function refresh() {}
