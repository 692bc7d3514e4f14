import Foundation

/// The CLI tests' street: A (24.000, 60.000) — B (24.004, 60.000) — C (24.004, 60.002), two footways of about
/// 222 m each, as OSM XML, with optional extra elements (facility nodes).
enum ThreeNodeStreet {
    static func osm(extra: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6" generator="test">
          <node id="1" lat="60.000" lon="24.000"/>
          <node id="2" lat="60.000" lon="24.004"/>
          <node id="3" lat="60.002" lon="24.004"/>
        \(extra)
          <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="footway"/></way>
          <way id="11"><nd ref="2"/><nd ref="3"/><tag k="highway" v="footway"/></way>
        </osm>
        """
    }
}
