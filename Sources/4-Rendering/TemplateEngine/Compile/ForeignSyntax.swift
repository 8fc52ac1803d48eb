import Foundation
import XMLTree

/// Tags of template engines Paperwork does not speak — docxtemplater's `{#loop}`, `{/loop}`,
/// `{-w:p loop}`, `{%image}`, `{@raw}`; relatorio's `<for each="…">` placeholders and `relatorio://`
/// links; secretary's image frames named by a tag (`{{ logo }}` as the frame's name) — recognised so that such a template is reported with what to rewrite, not returned unchanged.
enum ForeignSyntax {
    struct Found: Equatable {
        /// The tag as written.
        let tag: String
        /// What it is and what to write instead, in Russian.
        let message: String
    }

    private static let docxtemplater = try? NSRegularExpression(
        pattern:
            #"\{(?:[#/^@]\s*[\p{L}_][\p{L}\p{N}_.]*|-w:(?:p|tr|tc)\s+[\p{L}_][\p{L}\p{N}_.]*|%%?[\p{L}_][\p{L}\p{N}_.]*)\s*\}"#
    )
    private static let relatorio = try? NSRegularExpression(
        pattern:
            #"<(?:for\s+each|if\s+test|choose|when\s+test|otherwise|with\s+vars|/for|/if|/choose|/when|/otherwise|/with)[^>]*>"#
    )

    /// The foreign tags in a paragraph whose typed text is `text` (`all` is its whole text,
    /// placeholders and fields included).
    static func find(text: String, all: String, paragraph: XMLNode) -> [Found] {
        var found: [Found] = []
        for tag in matches(docxtemplater, in: text) {
            found.append(Found(tag: tag, message: docxtemplaterMessage(tag)))
        }
        for tag in matches(relatorio, in: all) { found.append(Found(tag: tag, message: relatorioMessage(tag))) }
        var links: [String] = []
        paragraph.walk { node in
            if let link = node.attributes.first(where: { $0.name == "href" })?.value, link.hasPrefix("relatorio://") {
                links.append(link)
            }
            return true
        }
        for link in links { found.append(Found(tag: link, message: relatorioMessage(link))) }
        for name in taggedFrames(in: paragraph) { found.append(Found(tag: name, message: secretaryMessage(name))) }
        return found
    }

    /// The names of the pictures standing in `paragraph` itself (not in a paragraph inside it) that
    /// hold a tag: secretary replaces an image whose frame is named `{{ expression }}` (ODT
    /// `draw:frame draw:name`, and a DOCX picture's `wp:docPr name` alike).
    private static func taggedFrames(in paragraph: XMLNode) -> [String] {
        var names: [String] = []
        paragraph.walk { node in
            guard node.isElement, node.name == "frame" || node.name == "docPr",
                let name = node.attributes.first(where: { $0.name == "name" })?.value,
                name.contains("{{") || name.contains("{%")
            else { return true }
            var cursor = node.parent
            while let current = cursor, !(current.name == "p" || current.name == "h") { cursor = current.parent }
            if cursor == paragraph { names.append(name) }
            return true
        }
        return names
    }

    private static func secretaryMessage(_ name: String) -> String {
        var inner = name.trimmingCharacters(in: .whitespaces)
        for (open, close) in [("{{", "}}"), ("{%", "%}")] where inner.hasPrefix(open) && inner.hasSuffix(close) {
            inner = String(inner.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespaces)
        }
        return "рисунок назван «\(name)» — так подменяет рисунки secretary, а Paperwork рисунки шаблона не "
            + "подменяет; удалите рисунок и наберите на его месте текстом {{ image(\(inner), width=\"3cm\") }} "
            + "(PNG или JPEG в данных в base64)"
    }

    private static func matches(_ expression: NSRegularExpression?, in text: String) -> [String] {
        guard let expression, text.contains("{") || text.contains("<") else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }

    private static func docxtemplaterMessage(_ tag: String) -> String {
        let name = tag.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "-w:p ", with: "").replacingOccurrences(of: "-w:tr ", with: "")
            .replacingOccurrences(of: "-w:tc ", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "#/^@% "))
        let rewrite: String
        switch tag.dropFirst().first {
        case "#", "-":
            rewrite =
                "{% for item in \(name) %} … {% endfor %} (для абзацев — {%p for … %}, для строк таблицы — {%tr for … %}; "
                + "значения внутри цикла — {{ item.имя }})"
        case "/": rewrite = "{% endfor %} или {% endif %}"
        case "^": rewrite = "{% if not \(name) %} … {% endif %}"
        case "%": rewrite = "{{ image(\(name)) }}"
        case "@":
            rewrite =
                "{{r \(name) }} с форматированным текстом в данных ({rich: […]}; своей разметки XML шаблон не вставляет)"
        default: rewrite = "{{ \(name) }}"
        }
        return "тег «\(tag)» написан для docxtemplater, а Paperwork понимает синтаксис Jinja (как docxtpl); "
            + "перепишите его: \(rewrite); значения {имя} пишутся {{ имя }}"
    }

    private static func relatorioMessage(_ tag: String) -> String {
        "«\(tag)» — поле relatorio, а Paperwork читает теги, набранные обычным текстом абзаца: "
            + "<for each=\"x in xs\"> → {% for x in xs %}, </for> → {% endfor %}, <if test=\"…\"> → {% if … %}, "
            + "</if> → {% endif %}, ${x} → {{ x }}; удалите поле и наберите тег текстом"
    }
}
