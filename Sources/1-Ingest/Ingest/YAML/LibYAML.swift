internal import CLibYAML

/// One event of libyaml's parser, copied out of C: what the located tree is built from.
enum YAMLEvent {
    case streamStart, streamEnd, documentStart, documentEnd
    case alias(anchor: String, at: TextPosition)
    /// `plain`: written without quotes and without a tag, so YAML decides its kind from the text.
    case scalar(text: String, anchor: String?, tag: String?, plain: Bool, at: TextPosition)
    case sequenceStart(anchor: String?, at: TextPosition)
    case sequenceEnd
    case mappingStart(anchor: String?, at: TextPosition)
    case mappingEnd
}

/// What libyaml reported when it stopped: its kind, its English problem (mapped to Russian in
/// ``YAMLSyntaxError``, never shown), and the places it gave.
struct LibYAMLFailure: Error {
    enum Kind { case reader, scanner, parser, memory, other }
    let kind: Kind
    let problem: String
    let context: String?
    /// Where the problem is; for reader errors, computed from the byte offset.
    let position: TextPosition?
    /// Byte offset of a reader error.
    let offset: Int?
    /// Where the construct the problem belongs to began (an opening bracket, a quote).
    let contextPosition: TextPosition?
}

/// libyaml's event parser over a copy of UTF-8 bytes; the only user of the C library's API.
/// The parser walks the text iteratively, so deep nesting cannot exhaust the stack here.
final class LibYAMLParser {
    private var parser = yaml_parser_t()
    /// The bytes libyaml reads from; it keeps a pointer into them until `deinit`.
    private let buffer: UnsafeMutableBufferPointer<UInt8>

    init(_ bytes: some Collection<UInt8>) {
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        buffer.deallocate()
    }

    /// The next event.
    /// - Throws: ``LibYAMLFailure`` when the text is not well-formed YAML.
    func next() throws -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { throw failure() }
        defer { yaml_event_delete(&event) }
        let at = TextPosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias(anchor: Self.text(event.data.alias.anchor) ?? "", at: at)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
            }
            let plain = scalar.plain_implicit != 0 && scalar.style == YAML_PLAIN_SCALAR_STYLE
            return .scalar(
                text: text ?? "", anchor: Self.text(scalar.anchor), tag: Self.text(scalar.tag), plain: plain, at: at)
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: Self.text(event.data.sequence_start.anchor), at: at)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT: return .mappingStart(anchor: Self.text(event.data.mapping_start.anchor), at: at)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default: return .streamEnd
        }
    }

    private func failure() -> LibYAMLFailure {
        let kind: LibYAMLFailure.Kind =
            switch parser.error {
            case YAML_READER_ERROR: .reader
            case YAML_SCANNER_ERROR: .scanner
            case YAML_PARSER_ERROR: .parser
            case YAML_MEMORY_ERROR: .memory
            default: .other
            }
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let context = parser.context.map { String(cString: $0) }
        func position(_ mark: yaml_mark_t) -> TextPosition {
            TextPosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
        return LibYAMLFailure(
            kind: kind, problem: problem, context: context,
            position: kind == .reader ? nil : position(parser.problem_mark),
            offset: kind == .reader ? Int(parser.problem_offset) : nil,
            contextPosition: context == nil ? nil : position(parser.context_mark))
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
