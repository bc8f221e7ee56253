/**
 * Keeps the first `limit` of the items offered to it, in the order `compare` gives (negative: a
 * comes first): a bounded heap, so that a page of the best of many costs n·log(limit), not a sort
 * of all, and the many need not be gathered first.
 */
export class FirstInOrder<T> {
  // A heap whose root is the last of those kept so far.
  private readonly heap: T[] = []

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const heap = this.heap
    if (heap.length < this.limit) {
      heap.push(item)
      for (let i = heap.length - 1; i > 0 && this.after(i, (i - 1) >> 1); i = (i - 1) >> 1) this.swap(i, (i - 1) >> 1)
    } else if (heap.length && this.compare(item, heap[0]) < 0) {
      heap[0] = item
      this.siftDown(0)
    }
  }

  /** The items kept, in order. */
  first(): T[] {
    return [...this.heap].sort(this.compare)
  }

  private after(i: number, j: number): boolean {
    return this.compare(this.heap[i], this.heap[j]) > 0
  }

  private swap(i: number, j: number): void {
    ;[this.heap[i], this.heap[j]] = [this.heap[j], this.heap[i]]
  }

  private siftDown(from: number): void {
    for (let i = from; ; ) {
      const left = 2 * i + 1
      const right = left + 1
      let last = i
      if (left < this.heap.length && this.after(left, last)) last = left
      if (right < this.heap.length && this.after(right, last)) last = right
      if (last === i) return
      this.swap(i, last)
      i = last
    }
  }
}
