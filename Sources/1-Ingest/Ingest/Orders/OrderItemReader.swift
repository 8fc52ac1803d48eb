import Documents
import Orders
import TemplateEngine

/// Reads the items (пункты) of an order: each text's `{{ … }}` tags are filled from the order's
/// people and values. An item whose text fails is reported, never dropped silently, and its
/// sub-items are still checked.
enum OrderItemReader {
    static func items(
        _ node: YAMLValue?, context: TemplateValue, prefix: String = "",
        reader: inout YAMLFields<DocumentCode>
    ) -> [OrderItem] {
        guard let node else { return [] }
        guard let list = node.items else {
            reader.problem(.badField, "пункты приказа (items) должны быть списком «- текст пункта»", at: node)
            return []
        }
        var result: [OrderItem] = []
        for (index, item) in list.enumerated() {
            let label = prefix + String(index + 1)
            let text = self.text(of: item, label: label, context: context, reader: &reader)
            let subitems = items(item["items"], context: context, prefix: label + ".", reader: &reader)
            if let text { result.append(OrderItem(text: text, items: subitems)) }
        }
        return result
    }

    /// The item's text with its tags filled, or `nil` after recording why it cannot be.
    private static func text(
        of item: YAMLValue, label: String, context: TemplateValue,
        reader: inout YAMLFields<DocumentCode>
    ) -> String? {
        let node = item["text"] ?? item
        guard node.string != nil else {
            reader.problem(.badField, "пункт \(label): нужен текст пункта (строка или поле text)", at: node)
            return nil
        }
        return fill(node, place: "пункт \(label)", context: context, reader: &reader)
    }

    /// The text of `node` with its `{{ … }}` tags filled from `context`, or `nil` after recording
    /// why it cannot be, at `place` («пункт 3», «преамбула»).
    static func fill(
        _ node: YAMLValue, place: String, context: TemplateValue, reader: inout YAMLFields<DocumentCode>
    ) -> String? {
        guard let raw = node.string else {
            reader.problem(.badField, "\(place): нужен текст", at: node)
            return nil
        }
        do {
            return try InlineTemplate(raw, filters: Filters.all).render(context, filters: Filters.all)
        } catch let failure as FilterFailure {
            let code: DocumentCode = failure.code == .missingValue ? .unknownPerson : .badText
            let hint =
                failure.code == .missingValue && raw.contains("period") && context["period"] == nil
                ? "; укажите в файле приказа period: {from: ГГГГ-ММ, to: ГГГГ-ММ} или формируйте приказ командой "
                    + "batch с файлом отдела, где указан period" : ""
            reader.problem(code, "\(place): \(failure.message)" + hint, at: node)
        } catch {
            reader.problem(.badText, "\(place): не удалось подставить значения в текст", at: node)
        }
        return nil
    }
}
