namespace Crm.Api.Demo;

/// <summary>Realistic-looking names, half Chinese and half Latin, drawn from a seeded random source.</summary>
internal sealed class DemoNames(Random random)
{
    private static readonly string[] ChineseSurnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
    private static readonly string[] ChineseSurnamesPinyin =
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"];
    private static readonly string[] ChineseGiven = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国"];
    private static readonly string[] ChineseGivenPinyin = ["Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Juan", "Tao", "Ming", "Chao", "Xiuying", "Hua", "Jianguo"];
    private static readonly string[] LatinFirst =
        ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Susan", "Sofia", "Lucas", "Emma", "Noah", "Olivia", "Liam", "Ava", "Mateo"];
    private static readonly string[] LatinLast =
        ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Anderson", "Taylor", "Moore", "Martin", "Lee", "Walker", "Hall", "Young", "King"];
    private static readonly string[] CompanyCn = ["华信", "东方", "金桥", "瑞丰", "恒通", "远航", "新元", "嘉禾", "天成", "宏达", "中联", "盛世"];
    private static readonly string[] CompanyCnKind = ["科技有限公司", "贸易有限公司", "制造股份有限公司", "物流有限公司", "信息技术有限公司", "医药有限公司"];
    private static readonly string[] CompanyCnPinyin = ["Huaxin", "Dongfang", "Jinqiao", "Ruifeng", "Hengtong", "Yuanhang", "Xinyuan", "Jiahe", "Tiancheng", "Hongda", "Zhonglian", "Shengshi"];
    private static readonly string[] CompanyEn = ["Acme", "Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent"];
    private static readonly string[] CompanyEnKind = ["Ltd", "Inc.", "GmbH", "Logistics", "Systems", "Foods", "Health", "Energy"];
    public static readonly string[] Industries = ["Manufacturing", "Retail", "Software", "Logistics", "Healthcare", "Finance", "Education", "Energy"];
    public static readonly string[] Sources = ["Web", "Referral", "Trade show", "Cold call", "Partner", "Campaign"];
    public static readonly string[] Tags = ["vip", "newsletter", "beijing", "shanghai", "shenzhen", "europe", "partner", "key-account", "renewal"];
    public static readonly string[] Cities = ["Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Chengdu", "London", "Berlin", "New York", "Singapore", "Sydney"];

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A person: (full name as written, alternate form, email local part).</summary>
    public (string Full, string Alternate, string EmailLocal) Person()
    {
        if (random.Next(2) == 0)
        {
            var s = random.Next(ChineseSurnames.Length);
            var g = random.Next(ChineseGiven.Length);
            return (ChineseSurnames[s] + ChineseGiven[g], $"{ChineseSurnamesPinyin[s]} {ChineseGivenPinyin[g]}",
                $"{ChineseGivenPinyin[g]}.{ChineseSurnamesPinyin[s]}".ToLowerInvariant());
        }
        var first = Pick(LatinFirst);
        var last = Pick(LatinLast);
        return ($"{first} {last}", "", $"{first}.{last}".ToLowerInvariant());
    }

    /// <summary>A company: (name, alternate name, web domain).</summary>
    public (string Name, string? Alternate, string Domain) Company()
    {
        if (random.Next(2) == 0)
        {
            var i = random.Next(CompanyCn.Length);
            var kind = Pick(CompanyCnKind);
            var city = Pick(["北京", "上海", "深圳", "杭州", "成都"]);
            return (city + CompanyCn[i] + kind, $"{CompanyCnPinyin[i]} {kind.Length switch { > 7 => "Group", _ => "Co." }}",
                $"{CompanyCnPinyin[i].ToLowerInvariant()}{random.Next(10, 99)}.cn");
        }
        var name = Pick(CompanyEn);
        return ($"{name} {Pick(CompanyEnKind)}", null, $"{name.ToLowerInvariant()}{random.Next(10, 99)}.com");
    }

    public string Phone() => random.Next(2) == 0
        ? $"+86 1{random.Next(30, 99)} {random.Next(1000, 9999)} {random.Next(1000, 9999)}"
        : $"+1 {random.Next(200, 999)} {random.Next(200, 999)} {random.Next(1000, 9999)}";
}
