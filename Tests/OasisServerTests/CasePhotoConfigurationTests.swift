import OasisCore
import OasisServices
import Testing

@Suite("Case photo settings: the folder beside the database by default, the size limit within the body limit")
struct CasePhotoConfigurationTests {
    @Test("defaults: case-photos beside an SQLite file, under ./oasis-data for PostgreSQL, 10 MiB; the environment sets both")
    func settings() throws {
        var configuration = ServerConfiguration()
        #expect(configuration.photoFolder == "./oasis-data/case-photos")
        #expect(configuration.casePhotoMaxBytes == 10_485_760)
        configuration.database = "/var/lib/oasis/city.sqlite"
        #expect(configuration.photoFolder == "/var/lib/oasis/case-photos")
        configuration.database = "postgres://oasis@db:5432/oasis"
        #expect(configuration.photoFolder == "./oasis-data/case-photos")
        let resolved = try ServerConfiguration.resolve(
            flags: PartialServerConfiguration(),
            environment: ["OASIS_CASE_PHOTO_FOLDER": "/srv/photos", "OASIS_CASE_PHOTO_MAX_BYTES": "2097152"], configFile: nil)
        #expect(resolved.photoFolder == "/srv/photos" && resolved.casePhotoMaxBytes == 2_097_152)
    }

    @Test("a limit of 0, or above maxBodyBytes (the body could never carry it), is refused at start")
    func limits() {
        for bytes in ["0", "16777217"] {
            #expect(throws: OasisError.self) {
                _ = try ServerConfiguration.resolve(
                    flags: PartialServerConfiguration(), environment: ["OASIS_CASE_PHOTO_MAX_BYTES": bytes], configFile: nil)
            }
        }
    }
}
