/**
 * The documents one term occurs in, within one field, and how often: two typed arrays that grow by
 * doubling, six bytes a posting. A JavaScript Map per term, as general-purpose engines keep, costs
 * five to ten times that, which at hundreds of programmes is most of the server's memory.
 */
export class Postings {
  documents = new Uint32Array(4)
  counts = new Uint16Array(4)
  length = 0

  /** Adds a document; documents are added in increasing order of their number. */
  add(document: number, count: number): void {
    if (this.length === this.documents.length) {
      this.documents = grown(this.documents, new Uint32Array(this.length * 2))
      this.counts = grown(this.counts, new Uint16Array(this.length * 2))
    }
    this.documents[this.length] = document
    this.counts[this.length] = Math.min(count, 0xffff)
    this.length++
  }

  /**
   * Keeps only the documents `renumbered` gives a new number (-1: dropped), under that number, in
   * arrays no longer than needed. Renumbering keeps the order.
   */
  compact(renumbered: Int32Array): void {
    let kept = 0
    for (let i = 0; i < this.length; i++) {
      const document = renumbered[this.documents[i]]
      if (document < 0) continue
      this.documents[kept] = document
      this.counts[kept] = this.counts[i]
      kept++
    }
    this.length = kept
    this.documents = this.documents.slice(0, Math.max(kept, 1))
    this.counts = this.counts.slice(0, Math.max(kept, 1))
  }
}

function grown<T extends Uint32Array | Uint16Array>(from: T, to: T): T {
  to.set(from)
  return to
}
