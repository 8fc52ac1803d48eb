/// Renders a compiled part with data into markup, collecting every problem on the way.
struct Renderer {
    let flavor: any MarkupFlavor
    let prefix: String
    let lenient: Bool
    var evaluator: Evaluator
    private(set) var problems: [TemplateProblem] = []
    private var reported: Set<String> = []

    init(flavor: any MarkupFlavor, prefix: String, data: TemplateValue, filters: FilterRegistry, lenient: Bool) {
        self.flavor = flavor
        self.prefix = prefix
        self.lenient = lenient
        self.evaluator = Evaluator(data: data, filters: filters)
    }

    mutating func render(_ nodes: [TemplateNode], into output: inout String) {
        for node in nodes {
            switch node {
            case .markup(let text):
                output += text
            case .output(let expression, let location):
                switch evaluator.evaluate(expression) {
                case .value(let value): output += flavor.encode(value.text, prefix: prefix)
                case .missing(let path): missing(path, at: location)
                case .failed(let message): report(.filterFailed, message, at: location)
                }
            case .loop(let variable, let sequence, let body, let location):
                let items: [TemplateValue]
                switch evaluator.evaluate(sequence) {
                case .value(.list(let list)): items = list
                case .value(.null) where lenient: items = []
                case .value(let other):
                    report(.notAList, "«\(sequence.pathText ?? location.tag)» — \(other.kindName), а не список; "
                           + "{% for %} перебирает только списки", at: location)
                    continue
                case .missing(let path):
                    missing(path, at: location)
                    continue
                case .failed(let message):
                    report(.filterFailed, message, at: location)
                    continue
                }
                for (index, item) in items.enumerated() {
                    let loop = TemplateValue.object([
                        ("index", .number(Double(index + 1))), ("index0", .number(Double(index))),
                        ("first", .bool(index == 0)), ("last", .bool(index == items.count - 1)),
                        ("length", .number(Double(items.count))),
                    ])
                    evaluator.push([variable: item, "loop": loop])
                    render(body, into: &output)
                    evaluator.pop()
                }
            case .conditional(let branches, let otherwise, _):
                if let branch = branches.first(where: { evaluator.condition($0.condition) }) {
                    render(branch.body, into: &output)
                } else if let otherwise {
                    render(otherwise, into: &output)
                }
            }
        }
    }

    private mutating func missing(_ path: String, at location: TagLocation) {
        guard !lenient else { return }
        report(.missingValue, "в данных нет значения «\(path)»; добавьте его в файл данных или запустите с "
               + "--lenient, чтобы оставить пустым", at: location)
    }

    private mutating func report(_ code: TemplateProblem.Code, _ message: String, at location: TagLocation) {
        let problem = TemplateProblem(code: code, message: message, location: location)
        if reported.insert(problem.description).inserted { problems.append(problem) }
    }
}
