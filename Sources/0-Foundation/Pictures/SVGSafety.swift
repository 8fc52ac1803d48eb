import Foundation
import XMLTree

/// What an SVG may not hold, because Word, LibreOffice or librsvg would act on it when the document
/// is opened: scripts, XInclude, references to files or addresses (`href`, `url(…)`, `@import`),
/// and more elements than any picture for a document needs. Entities and DTDs are refused by the
/// XML layer before this.
enum SVGSafety {
    /// The most elements taken: a detailed map has some thousands.
    static let maximumElements = 100_000

    static func check(_ root: XMLNode) throws {
        var elements = 0
        var problem: String?
        func visit(_ node: XMLNode) -> Bool {
            elements += 1
            problem =
                elements > Self.maximumElements
                ? "в рисунке SVG больше \(Self.maximumElements) элементов; упростите его" : Self.problem(of: node)
            return problem == nil
        }
        if visit(root) { root.walk { problem == nil && visit($0) } }
        if let problem { throw PictureError(.unsafe, problem) }
        try checkExpansion(root)
    }

    /// Refuses an SVG whose `use` references repeat more elements than ``maximumElements`` when
    /// drawn (ten levels of ten `use` each are 10¹⁰ rectangles) or refer to themselves.
    private static func checkExpansion(_ root: XMLNode) throws {
        var byId: [String: XMLNode] = [:]
        root.walk { node in
            if let id = node.attribute("id") { byId[id] = node }
            return true
        }
        var weights: [XMLNode: Int] = [:]
        var open: Set<XMLNode> = []
        let limit = Self.maximumElements
        func weight(_ node: XMLNode) throws -> Int {
            if let known = weights[node] { return known }
            guard open.insert(node).inserted else {
                throw PictureError(.unsafe, "рисунок SVG ссылается сам на себя (use); сохраните его заново")
            }
            var total = 1
            if node.name == "use",
                let href = node.attributes.first(where: { $0.name == "href" })?.value,
                href.hasPrefix("#"), let target = byId[String(href.dropFirst())]
            {
                total += try weight(target)
            }
            for child in node.elements where total <= limit { total += try weight(child) }
            open.remove(node)
            weights[node] = min(total, limit + 1)
            return weights[node] ?? total
        }
        guard try weight(root) <= limit else {
            throw PictureError(
                .unsafe,
                "рисунок SVG повторяет (use) больше \(limit) элементов; упростите его или сохраните без клонов")
        }
    }

    /// What is wrong with one element, or nil.
    private static func problem(of node: XMLNode) -> String? {
        if node.name == "script" || node.namespace == "http://www.w3.org/2001/XInclude" {
            return "рисунок SVG содержит «\(node.qualifiedName)»; сохраните его без скриптов и вставок"
        }
        if node.name == "style", let found = styleProblem(node.text) { return found }
        for attribute in node.attributes {
            if attribute.name == "href", !isInternal(attribute.value) {
                return "рисунок SVG ссылается на «\(attribute.value.prefix(60))»; встройте изображения в сам "
                    + "рисунок (data:) или сохраните его без внешних ссылок"
            }
            if attribute.name.lowercased().hasPrefix("on") {
                return "рисунок SVG содержит обработчик «\(attribute.name)»; сохраните его без скриптов"
            }
            if let found = styleProblem(attribute.value) { return found }
        }
        return nil
    }

    /// A reference inside the picture (`#id`) or inline data (`data:`).
    private static func isInternal(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return trimmed.hasPrefix("#") || trimmed.hasPrefix("data:")
    }

    /// A problem of CSS text: `@import`, or `url(…)` to anything but `#id` or `data:`.
    private static func styleProblem(_ text: String) -> String? {
        let lower = text.lowercased()
        if lower.contains("@import") {
            return "рисунок SVG подключает внешние стили (@import); встройте стили в сам рисунок"
        }
        var rest = Substring(lower)
        while let range = rest.range(of: "url(") {
            let argument = rest[range.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
            if !Self.isInternal(String(argument.prefix(5))) {
                return "рисунок SVG ссылается на внешний файл через url(…); встройте его в сам рисунок"
            }
            rest = rest[range.upperBound...]
        }
        return nil
    }
}
