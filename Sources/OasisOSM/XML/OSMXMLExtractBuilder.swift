import OasisCore

/// Turns the element events of an OSM XML document into an `OSMExtract`, tracking which element a
/// `<tag>` or `<nd>` belongs to. Checks the root is `<osm>` and that ids, references and coordinates parse.
struct OSMXMLExtractBuilder {
    private var scanner: XMLScanner
    private var extract = OSMExtract()
    /// The OSM element being read: a node (with its id), a way, a relation, or none.
    private enum Parent {
        case none
        case node(Int64)
        case way, relation, other
    }
    private var parent = Parent.none
    private var depth = 0
    private var nodeHasTags = false
    private let tracker: ProgressTracker?

    init(scanner: XMLScanner, tracker: ProgressTracker? = nil) {
        self.scanner = scanner
        self.tracker = tracker
    }

    mutating func run() throws(OSMError) -> OSMExtract {
        var events = 0
        while let event = try scanner.next() {
            events += 1
            if events & 0xFFF == 0, let tracker {
                tracker.advance(to: scanner.offset)
                if tracker.isCancelled { throw OSMError(.cancelled, "reading stopped: the work was cancelled") }
            }
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if depth == 0 && name != "osm" {
                    throw error("the root element is <\(name)>, not <osm>: not an OSM XML document", kind: .notOSM)
                }
                try start(name, attributes)
                if selfClosing { end(name) } else { depth += 1 }
            case .end(let name):
                depth -= 1
                end(name)
            }
        }
        return extract
    }

    private mutating func start(_ name: String, _ attributes: [XMLAttribute]) throws(OSMError) {
        if depth == 1 && attributes.contains(XMLAttribute(name: "visible", value: "false")) {
            parent = .other // a deleted version in a history file
            return
        }
        switch (name, depth) {
        case ("node", 1):
            let id = try integer("id", of: name, attributes)
            let latitude = try coordinate("lat", of: name, attributes, limit: 90)
            let longitude = try coordinate("lon", of: name, attributes, limit: 180)
            extract.appendNode(id: id, latitude: latitude, longitude: longitude)
            parent = .node(id)
            nodeHasTags = false
        case ("way", 1):
            extract.wayIDs.append(try integer("id", of: name, attributes))
            parent = .way
        case ("relation", 1):
            extract.relationCount += 1
            parent = .relation
        case (_, 1):
            parent = .other
        case ("tag", 2):
            let key = try required("k", of: name, attributes)
            let value = try required("v", of: name, attributes)
            switch parent {
            case .node:
                extract.taggedNodeTags.appendTag(key: key, value: value)
                nodeHasTags = true
            case .way:
                extract.wayTags.appendTag(key: key, value: value)
            default:
                break
            }
        case ("nd", 2):
            guard case .way = parent else { return }
            extract.wayRefs.append(try integer("ref", of: name, attributes))
        default:
            break
        }
    }

    private mutating func end(_ name: String) {
        guard depth == 1 else { return }
        switch parent {
        case .node:
            if nodeHasTags {
                extract.markLastNodeTagged()
                extract.taggedNodeTags.endElement()
            }
        case .way:
            extract.endWay()
        default:
            break
        }
        parent = .none
    }

    private func required(_ attribute: String, of element: String, _ attributes: [XMLAttribute]) throws(OSMError) -> String {
        guard let value = attributes.first(where: { $0.name == attribute })?.value else {
            throw error("<\(element)> has no \(attribute) attribute")
        }
        return value
    }

    private func integer(_ attribute: String, of element: String, _ attributes: [XMLAttribute]) throws(OSMError) -> Int64 {
        let text = try required(attribute, of: element, attributes)
        guard let value = Int64(text) else { throw error("<\(element)> has \(attribute)=\"\(text)\", not an integer") }
        return value
    }

    private func coordinate(_ attribute: String, of element: String, _ attributes: [XMLAttribute], limit: Double) throws(OSMError) -> Double {
        let text = try required(attribute, of: element, attributes)
        guard let value = Double(text), value.isFinite, abs(value) <= limit else {
            throw error("<\(element)> has \(attribute)=\"\(text)\", not a number within ±\(Int(limit))")
        }
        return value
    }

    private func error(_ message: String, kind: OSMError.Kind = .malformedXML) -> OSMError {
        OSMError(kind, "line \(scanner.eventLine): \(message)")
    }
}
