/// What `oasis user sign-out` did: how many web sessions of the user ended.
struct SessionsEndedResult: Encodable {
    var username: String
    var sessionsEnded: Int
}
