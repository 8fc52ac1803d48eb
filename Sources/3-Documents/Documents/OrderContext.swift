import Monitoring
import Orders
import Pictures
import RussianText
import TemplateEngine

/// The template data of an order: plain values, numbering done, texts ready to print.
public enum OrderContext {
    public static func make(_ order: Order) -> TemplateValue {
        var items: [TemplateValue] = []
        for (index, item) in order.items.enumerated() {
            items.append(
                .object([("number", .string("\(index + 1).")), ("text", .string(item.text)), ("sub", .bool(false))]))
            for (subIndex, sub) in item.items.enumerated() {
                items.append(
                    .object([
                        ("number", .string("\(index + 1).\(subIndex + 1).")), ("text", .string(sub.text)),
                        ("sub", .bool(true)),
                    ]))
            }
        }
        // Appendices are numbered when there are several, or when the text calls the only one
        // «приложение 1»: the mark then says «Приложение 1» too.
        let numbered = order.appendices.count > 1 || Self.citesNumberedAppendix(order.items)
        let appendices = order.appendices.enumerated().map { index, appendix in
            Self.appendix(appendix, number: numbered ? index + 1 : nil, order: order)
        }
        var fields: [(String, TemplateValue)] = [
            ("issuer", .string(order.issuer.joined(separator: "\n"))),
            ("kind", .string(order.kind)),
            ("date_text", .string(order.dateText)),
            ("number", .string(order.number)),
            ("place", .string(order.place)),
            ("place_between", .bool(order.placeBetween)),
            ("title", .string(order.title)),
            ("preamble", .string(order.preamble)),
            ("command", .string(order.command)),
            ("items", .list(items)),
            ("signature", .object([("title", .string(order.signatureTitle)), ("name", .string(order.signatureName))])),
            ("executor", order.executor.map { .string($0) } ?? .null),
            ("appendices", .list(appendices)),
            ("verification", order.qrCode ? .string(order.verificationText) : .null),
            (
                "emblem",
                order.emblem.map { .picture(PlacedPicture($0, height: Length(emu: 540_000), description: "Герб")) }
                    ?? .null
            ),
        ]
        let people = order.acknowledgement.map { person -> TemplateValue in
            .object([("name", .string(person.name?.full(.nominative) ?? "")), ("title", .string(person.title ?? ""))])
        }
        fields.append(
            (
                "acknowledgement",
                people.isEmpty
                    ? .null
                    : .object([
                        (
                            "title",
                            .string(
                                "Лист ознакомления\nс приказом от \(order.date.formatted(.numeric)) № \(order.number)\n«\(order.title)»"
                            )
                        ),
                        ("people", .list(people)),
                    ])
            ))
        return .object(fields)
    }

    /// Whether an item's text refers to an appendix by number («(приложение 1)», «приложению № 1»).
    static func citesNumberedAppendix(_ items: [OrderItem]) -> Bool {
        items.contains { item in
            let lower = item.text.lowercased().replacingOccurrences(of: "\u{A0}", with: " ")
            let cited = ["приложение", "приложению", "приложения", "приложении"].contains { word in
                lower.components(separatedBy: word).dropFirst().contains { rest in
                    let trimmed = rest.drop { $0 == " " || $0 == "№" }
                    return trimmed.first?.isNumber == true && rest.first == " "
                }
            }
            return cited || citesNumberedAppendix(item.items)
        }
    }

    private static func appendix(_ appendix: Appendix, number: Int?, order: Order) -> TemplateValue {
        let reference = "приказом \(order.issuerName.form(.genitive))".trimmingCharacters(in: .whitespaces)
        let when = "от \(order.date.formatted(.full)) № \(order.number)"
        let mark: String
        switch appendix.mark {
        case .appendix:
            mark =
                "Приложение" + (number.map { " \($0)" } ?? "")
                + "\nк приказу \(order.issuerName.form(.genitive))\n\(when)"
        case .approved:
            mark = "УТВЕРЖДЕН\n\(reference)\n\(when)"
        }
        var fields: [(String, TemplateValue)] = [("mark", .string(mark)), ("title", .string(appendix.title))]
        switch appendix.content {
        case .plan(let plan):
            fields.append((plan.columns.count == 5 ? "plan5" : "plan4", .bool(true)))
            let headers = plan.columns.map { ($0.rawValue, TemplateValue.string(plan.headers[$0] ?? "")) }
            fields.append(("headers", .object(headers)))
            fields.append(("cells", .list(plan.columns.map { .string($0.rawValue) })))
            var through = 0
            let sections = plan.sections.enumerated().map { index, section -> TemplateValue in
                let sectionNumber = plan.numbering == .roman ? (RomanNumeral.string(index + 1) ?? "") : "\(index + 1)."
                let items = section.items.enumerated().map { itemIndex, item -> TemplateValue in
                    through += 1
                    let number = plan.numbering == .roman ? "\(through)" : "\(index + 1).\(itemIndex + 1)"
                    return .object(
                        [("number", .string(number))]
                            + plan.columns.filter { $0 != .number }
                            .map { ($0.rawValue, .string(item[$0] ?? "")) })
                }
                return .object([
                    ("number", .string(sectionNumber)), ("title", .string(section.title)), ("items", .list(items)),
                ])
            }
            fields.append(("sections", .list(sections)))
        case .table(let headers, let rows):
            fields.append(("table", .bool(true)))
            fields.append(("headers", .list(headers.map { .string($0) })))
            fields.append(("rows", .list(rows.map { .list($0.map { .string($0) }) })))
        }
        return .object(fields)
    }
}
