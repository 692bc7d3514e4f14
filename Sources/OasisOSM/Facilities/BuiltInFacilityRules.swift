/// The facility rules Oasis ships: OSM tagging (wiki "Map features") and common Chinese and Finnish
/// name words mapped to the living-circle types of DOMAIN.md §6. A user file of the same shape replaces
/// them (`FacilityRules(contentsOf:)`). Conditions in one rule must all hold; rules for the same type are
/// alternatives. Name words catch facilities mapped with a generic tag (a 小学 tagged only amenity=school).
public enum BuiltInFacilityRules {
    public static let json = #"""
        {
          "version": 1,
          "rules": [
            {"type": "kindergarten", "when": [{"key": "amenity", "values": ["kindergarten"]}]},
            {"type": "kindergarten", "when": [{"key": "name", "contains": ["幼儿园", "päiväkoti", "kindergarten"]}]},
            {"type": "nursery", "when": [{"key": "amenity", "values": ["childcare"]}]},
            {"type": "nursery", "when": [{"key": "name", "contains": ["托育", "托儿所"]}]},

            {"type": "school", "when": [{"key": "amenity", "values": ["school"]}]},
            {"type": "primary_school", "when": [{"key": "amenity", "values": ["school"]}, {"key": "isced:level", "contains": ["1"]}]},
            {"type": "primary_school", "when": [{"key": "amenity", "values": ["school"]}, {"key": "school", "values": ["primary"]}]},
            {"type": "primary_school", "when": [{"key": "amenity", "values": ["school"]}, {"key": "name", "contains": ["小学", "primary", "ala-aste", "alakoulu", "peruskoulu", "grundskola"]}]},
            {"type": "middle_school", "when": [{"key": "amenity", "values": ["school"]}, {"key": "isced:level", "contains": ["2", "3"]}]},
            {"type": "middle_school", "when": [{"key": "amenity", "values": ["school"]}, {"key": "school", "values": ["secondary", "middle", "high"]}]},
            {"type": "middle_school", "when": [{"key": "amenity", "values": ["school"]}, {"key": "name", "contains": ["中学", "初中", "高中", "secondary", "middle school", "high school", "yläaste", "yläkoulu", "lukio", "peruskoulu", "grundskola", "gymnasi"]}]},

            {"type": "clinic", "when": [{"key": "amenity", "values": ["clinic", "doctors"]}]},
            {"type": "clinic", "when": [{"key": "healthcare", "values": ["clinic", "doctor", "centre"]}]},
            {"type": "clinic", "when": [{"key": "name", "contains": ["卫生服务站", "卫生服务中心", "卫生站", "卫生室", "诊所", "terveysasema"]}]},
            {"type": "health_centre", "when": [{"key": "healthcare", "values": ["centre"]}]},
            {"type": "health_centre", "when": [{"key": "name", "contains": ["社区卫生服务中心", "社区医院", "卫生院", "terveysasema"]}]},
            {"type": "hospital", "when": [{"key": "amenity", "values": ["hospital"]}]},
            {"type": "hospital", "when": [{"key": "healthcare", "values": ["hospital"]}]},
            {"type": "pharmacy", "when": [{"key": "amenity", "values": ["pharmacy"]}]},
            {"type": "pharmacy", "when": [{"key": "healthcare", "values": ["pharmacy"]}]},

            {"type": "elderly_care", "when": [{"key": "social_facility", "values": ["nursing_home", "assisted_living", "day_care"]}, {"key": "social_facility:for", "values": ["senior", "elderly"]}]},
            {"type": "elderly_care", "when": [{"key": "social_facility", "values": ["nursing_home"]}]},
            {"type": "elderly_care", "when": [{"key": "amenity", "values": ["nursing_home"]}]},
            {"type": "elderly_care", "when": [{"key": "healthcare", "values": ["nursing_home"]}]},
            {"type": "elderly_care", "when": [{"key": "name", "contains": ["养老", "敬老院", "老年公寓", "日间照料", "palvelutalo", "vanhainkoti"]}]},

            {"type": "market", "when": [{"key": "amenity", "values": ["marketplace"]}]},
            {"type": "market", "when": [{"key": "name", "contains": ["菜市场", "农贸市场", "菜场", "kauppahalli"]}]},
            {"type": "supermarket", "when": [{"key": "shop", "values": ["supermarket"]}]},
            {"type": "convenience", "when": [{"key": "shop", "values": ["convenience"]}]},
            {"type": "parcel_point", "when": [{"key": "amenity", "values": ["parcel_locker", "post_office"]}]},
            {"type": "canteen", "when": [{"key": "amenity", "values": ["canteen"]}]},
            {"type": "canteen", "when": [{"key": "name", "contains": ["社区食堂", "老年食堂", "长者食堂"]}]},

            {"type": "sports", "when": [{"key": "leisure", "values": ["sports_centre", "stadium", "pitch", "track", "fitness_centre", "fitness_station", "sports_hall"]}]},
            {"type": "playground", "when": [{"key": "leisure", "values": ["playground"]}]},
            {"type": "park", "when": [{"key": "leisure", "values": ["park"]}]},
            {"type": "park", "when": [{"key": "name", "contains": ["公园", "游园"]}, {"key": "leisure"}]},

            {"type": "community_service", "when": [{"key": "amenity", "values": ["community_centre"]}]},
            {"type": "community_service", "when": [{"key": "name", "contains": ["社区服务", "党群服务", "居委会", "社区中心"]}]},
            {"type": "culture", "when": [{"key": "amenity", "values": ["arts_centre", "cultural_centre"]}]},
            {"type": "culture", "when": [{"key": "name", "contains": ["文化站", "文化中心", "文化活动中心", "文化馆"]}]},
            {"type": "library", "when": [{"key": "amenity", "values": ["library"]}]},
            {"type": "police", "when": [{"key": "amenity", "values": ["police"]}]},

            {"type": "shelter", "when": [{"key": "emergency", "values": ["assembly_point", "shelter"]}]},
            {"type": "shelter", "when": [{"key": "shelter_type", "values": ["emergency", "civil_defence"]}]},
            {"type": "shelter", "when": [{"key": "name", "contains": ["避难场所", "应急避难", "väestönsuoja"]}]}
          ]
        }
        """#
}
