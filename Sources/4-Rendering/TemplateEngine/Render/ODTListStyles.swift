import OfficePackage
import XMLTree

/// What an ODT list style (`text:list-style`) says about a list item's numbers.
enum ODTListStyles {
    /// The number a list item's level starts at: the `text:start-value` of its level in the list
    /// style of its outermost list (the style the whole list follows), when the part defines that
    /// style; otherwise 1.
    static func firstNumber(of item: XMLNode) -> Int {
        var level = 0
        var style: String?
        var cursor = item.parent
        while let node = cursor {
            if node.is("list", in: NS.text) {
                level += 1
                style = node.attribute("style-name", in: NS.text) ?? style
            }
            cursor = node.parent
        }
        guard let style,
            let definition = item.document.root.descendants("list-style", in: NS.text).first(where: {
                $0.attribute("name", in: NS.style) == style
            }),
            let levelStyle = definition.elements.first(where: {
                $0.attribute("level", in: NS.text) == String(level)
            })
        else { return 1 }
        return levelStyle.attribute("start-value", in: NS.text).flatMap { Int($0) } ?? 1
    }
}
