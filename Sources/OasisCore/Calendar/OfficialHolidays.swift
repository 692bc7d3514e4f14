/// China's official public-holiday arrangements (国务院办公厅放假安排) for 2025 and 2026 as data: the days
/// off and the make-up working days (调休, usually weekends). Users add later years in the same JSON shape.
public enum OfficialHolidays {
    public static let json = #"""
        {
          "timeZone": "Asia/Shanghai",
          "years": [
            {
              "year": 2025,
              "source": "国办发明电〔2024〕12号 (State Council General Office notice on the 2025 holidays)",
              "holidays": [
                {"name": "元旦 New Year's Day", "from": "2025-01-01", "to": "2025-01-01"},
                {"name": "春节 Spring Festival", "from": "2025-01-28", "to": "2025-02-04"},
                {"name": "清明节 Qingming", "from": "2025-04-04", "to": "2025-04-06"},
                {"name": "劳动节 Labour Day", "from": "2025-05-01", "to": "2025-05-05"},
                {"name": "端午节 Dragon Boat Festival", "from": "2025-05-31", "to": "2025-06-02"},
                {"name": "国庆节、中秋节 National Day and Mid-Autumn", "from": "2025-10-01", "to": "2025-10-08"}
              ],
              "workdays": ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]
            },
            {
              "year": 2026,
              "source": "State Council General Office notice on the 2026 holidays (2025-11)",
              "holidays": [
                {"name": "元旦 New Year's Day", "from": "2026-01-01", "to": "2026-01-03"},
                {"name": "春节 Spring Festival", "from": "2026-02-15", "to": "2026-02-23"},
                {"name": "清明节 Qingming", "from": "2026-04-04", "to": "2026-04-06"},
                {"name": "劳动节 Labour Day", "from": "2026-05-01", "to": "2026-05-05"},
                {"name": "端午节 Dragon Boat Festival", "from": "2026-06-19", "to": "2026-06-21"},
                {"name": "中秋节 Mid-Autumn Festival", "from": "2026-09-25", "to": "2026-09-27"},
                {"name": "国庆节 National Day", "from": "2026-10-01", "to": "2026-10-07"}
              ],
              "workdays": ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]
            }
          ]
        }
        """#
}
