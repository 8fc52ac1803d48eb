import XMLTree

extension PartCompiler {
    /// What happens to one text atom of a paragraph when its tags are gathered.
    private struct AtomPlan {
        /// A tag that starts in the atom: its range in the atom's UTF-16 units (`end` is `nil`
        /// when the tag runs on into later atoms) and its id.
        struct Start {
            let start: Int
            let end: Int?
            let id: Int
        }

        /// Leading units that belong to a tag started in an earlier atom.
        var droppedHead = 0
        /// The atom lies wholly inside a tag started earlier.
        var blank = false
        var starts: [Start] = []
    }

    /// Moves each tag's text, however Word or LibreOffice cut it, into the text piece where it starts,
    /// and puts a marker there. Each atom is cut once, at all its tags together, so the work is
    /// linear in the paragraph's length however many tags it holds. Atoms are handled right to
    /// left, so that splitting one never moves an atom still to be handled.
    func gather(
        _ parsed: [(TagScanner.Found, Int)], atoms: [TextAtom], in document: XMLDocument,
        tags: inout [ScannedTag]
    ) throws {
        guard !atoms.isEmpty else { return }
        let texts = atoms.map { Array($0.text.utf16) }
        var offsets: [Int] = []
        var total = 0
        for text in texts {
            offsets.append(total)
            total += text.count
        }
        var plans = [AtomPlan](repeating: AtomPlan(), count: atoms.count)
        var first = 0
        var last = 0
        for (tag, id) in parsed {
            // Tags come in text order: the atoms where they start and end only move forward.
            while first + 1 < offsets.count, offsets[first + 1] <= tag.start { first += 1 }
            last = max(last, first)
            while last + 1 < offsets.count, offsets[last + 1] < tag.end { last += 1 }
            let end = last == first ? tag.end - offsets[first] : nil
            plans[first].starts.append(AtomPlan.Start(start: tag.start - offsets[first], end: end, id: id))
            guard last != first else { continue }
            for middle in (first + 1)..<last { plans[middle].blank = true }
            plans[last].droppedHead = tag.end - offsets[last]
        }
        for index in atoms.indices.reversed() {
            let plan = plans[index]
            let atom = atoms[index]
            let text = texts[index]
            if plan.blank {
                flavor.setText("", of: atom)
                continue
            }
            guard !plan.starts.isEmpty else {
                if plan.droppedHead > 0 {
                    flavor.setText(String(decoding: text[plan.droppedHead...], as: UTF16.self), of: atom)
                }
                continue
            }
            var pieces: [String] = []
            var markers: [XMLNode] = []
            var cursor = plan.droppedHead
            for start in plan.starts {
                pieces.append(String(decoding: text[cursor..<start.start], as: UTF16.self))
                markers.append(document.makeProcessingInstruction(PartCompiler.markerTarget, String(start.id)))
                cursor = start.end ?? text.count
            }
            pieces.append(String(decoding: text[cursor...], as: UTF16.self))
            let hosts = try flavor.isolate(atom, texts: pieces, markers: markers)
            for (start, (marker, host)) in zip(plan.starts, zip(markers, hosts)) {
                tags[start.id].marker = marker
                tags[start.id].host = host
            }
        }
    }
}
