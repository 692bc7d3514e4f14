import OasisCore
import OasisServices
import Testing

@Suite("Lifeline MQTT settings: the broker URL, topic filter, client id and token")
struct LifelineMQTTConfigurationTests {
    @Test("an mqtt:// URL gives host, port (1883 by default), user and password; the description hides the password")
    func brokerURL() throws {
        let broker = try MQTTBrokerAddress(url: "mqtt://gateway:s3cret@127.0.0.1:18830")
        #expect(broker == MQTTBrokerAddress(host: "127.0.0.1", port: 18_830, username: "gateway", password: "s3cret"))
        #expect(broker.description == "mqtt://gateway:***@127.0.0.1:18830")
        #expect(try MQTTBrokerAddress(url: "mqtt://broker.example") == MQTTBrokerAddress(host: "broker.example", port: 1883))
        for bad in ["http://127.0.0.1:1883", "mqtt://", "mqtt://h/topic", "mqtts://h:8883", "mqtt://h:0"] {
            #expect(throws: OasisError.self, "\(bad)") { try MQTTBrokerAddress(url: bad) }
        }
    }

    @Test("topic filters follow MQTT's wildcard rules")
    func topicFilters() {
        #expect(LifelineMQTTConfiguration.topicFilterProblem("oasis/lifeline/#") == nil)
        #expect(LifelineMQTTConfiguration.topicFilterProblem("+/lifeline/+") == nil)
        #expect(LifelineMQTTConfiguration.topicFilterProblem("#") == nil)
        #expect(LifelineMQTTConfiguration.topicFilterProblem("a/#/b") != nil)
        #expect(LifelineMQTTConfiguration.topicFilterProblem("a/b#") != nil)
        #expect(LifelineMQTTConfiguration.topicFilterProblem("a/b+") != nil)
        #expect(LifelineMQTTConfiguration.topicFilterProblem("") != nil)
    }

    @Test("from the environment; a broker without a token is refused at start")
    func environment() throws {
        let configured = try ServerConfiguration.resolve(
            flags: PartialServerConfiguration(),
            environment: [
                "OASIS_LIFELINE_MQTT_URL": "mqtt://127.0.0.1:1884", "OASIS_LIFELINE_MQTT_TOKEN": "tok",
                "OASIS_LIFELINE_MQTT_TOPIC": "plant/+/reading", "OASIS_LIFELINE_MQTT_CLIENT_ID": "oasis-a",
            ], configFile: nil)
        #expect(
            configured.lifelineMQTT
                == LifelineMQTTConfiguration(
                    broker: MQTTBrokerAddress(host: "127.0.0.1", port: 1884), topicFilter: "plant/+/reading", clientID: "oasis-a", token: "tok"))
        #expect(try ServerConfiguration.resolve(flags: PartialServerConfiguration(), environment: [:], configFile: nil).lifelineMQTT == nil)
        #expect(throws: OasisError.self) {
            try ServerConfiguration.resolve(
                flags: PartialServerConfiguration(), environment: ["OASIS_LIFELINE_MQTT_URL": "mqtt://h"], configFile: nil)
        }
        #expect(throws: OasisError.self) {
            try ServerConfiguration.resolve(
                flags: PartialServerConfiguration(), environment: ["OASIS_LIFELINE_MQTT_TOPIC": "a/#/b"], configFile: nil)
        }
    }
}
