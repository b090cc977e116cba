namespace ReformAnalytics.Sample.Vocabulary;

/// <summary>Surnames and given names for county leaders (责任领导) and unit contacts (责任人).</summary>
internal static class PeopleNames
{
    public static readonly IReadOnlyList<string> Surnames =
    [
        "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏",
        "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范", "方",
    ];

    /// <summary>Given names of the generation that holds county posts.</summary>
    public static readonly IReadOnlyList<string> LeaderGivenNames =
    [
        "建国", "建华", "国庆", "卫东", "志强", "秀英", "红梅", "光明", "海涛", "晓东", "立新", "德胜", "振华", "文彬", "永红",
        "志平", "俊峰", "明亮", "春燕", "丽华", "建军", "宏伟", "玉兰", "海燕", "雪梅", "立军", "学文", "国强", "向阳", "春生",
        "长青", "红霞", "小平", "金龙", "新民", "爱华", "少华", "建平", "海波", "跃进", "东升", "永刚", "卫国",
    ];

    /// <summary>Given names of unit staff who fill in the returns.</summary>
    public static readonly IReadOnlyList<string> StaffGivenNames =
    [
        "伟", "敏", "静", "磊", "军", "勇", "杰", "涛", "艳", "娟", "丽", "强", "芳", "娜", "洋", "婷", "超", "鹏", "晨", "琳",
        "晓燕", "文静", "思远", "佳怡", "志伟", "海峰", "雨婷", "俊杰", "丹丹", "晓峰", "梦琪", "浩然", "欣怡", "子豪", "嘉怡",
    ];
}
