/**
 * The first `limit` of `items` in the order `compare` gives (negative: a comes first), in that
 * order: a bounded heap, so that a page of the best of many costs n·log(limit), not a sort of all.
 */
export function firstInOrder<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit <= 0) return []
  if (!Number.isFinite(limit)) return [...items].sort(compare)
  // A heap whose root is the last of those kept so far.
  const heap: T[] = []
  const after = (i: number, j: number) => compare(heap[i], heap[j]) > 0
  const swap = (i: number, j: number) => {
    ;[heap[i], heap[j]] = [heap[j], heap[i]]
  }
  const siftDown = (from: number) => {
    for (let i = from; ; ) {
      const left = 2 * i + 1
      const right = left + 1
      let last = i
      if (left < heap.length && after(left, last)) last = left
      if (right < heap.length && after(right, last)) last = right
      if (last === i) return
      swap(i, last)
      i = last
    }
  }
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item)
      for (let i = heap.length - 1; i > 0 && after(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1)
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item
      siftDown(0)
    }
  }
  return heap.sort(compare)
}
