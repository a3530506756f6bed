import type { SampleCity } from './sample-city';

/** The example cities shipped under cities/ (province/province.yml lists them beside Taiyuan). */
export const EXAMPLE_CITIES: readonly SampleCity[] = [
  {
    id: 'datong',
    name: '大同',
    siteUrl: 'https://wenming.datong.example',
    areaCode: '0352',
    districts: [
      { name: '平城区', slug: 'pingcheng' },
      { name: '云冈区', slug: 'yungang' },
      { name: '新荣区', slug: 'xinrong' },
      { name: '云州区', slug: 'yunzhou' },
      { name: '阳高县', slug: 'yanggao' },
      { name: '天镇县', slug: 'tianzhen' },
      { name: '广灵县', slug: 'guangling' },
      { name: '灵丘县', slug: 'lingqiu' },
      { name: '浑源县', slug: 'hunyuan' },
      { name: '左云县', slug: 'zuoyun' },
    ],
    articles: [
      {
        slug: 'masks',
        title: '正确佩戴口罩（示例）',
        summary: '在人员密集的室内场所佩戴口罩，口罩要盖住口鼻。',
        body: '在人员密集的室内场所和乘坐公共交通时，请佩戴口罩。口罩要完全盖住口鼻和下巴，潮湿或污染后及时更换。',
      },
      {
        slug: 'ventilation',
        title: '居家常开窗通风（示例）',
        summary: '每天开窗通风两到三次，每次不少于三十分钟。',
        body: '冬季也要开窗通风，每天两到三次，每次不少于三十分钟，通风时注意老人和孩子保暖。',
      },
    ],
    stories: [
      {
        slug: 'volunteer',
        title: '平城区社区志愿者代买代送（示例）',
        summary: '平城区一位社区志愿者为居家老人代买蔬菜和药品。',
        body: '疫情期间，平城区一位社区志愿者每天为居家的老人代买蔬菜和药品，放在门口后电话告知。',
        district: '平城区',
      },
    ],
  },
  {
    id: 'changzhi',
    name: '长治',
    siteUrl: 'https://wenming.changzhi.example',
    areaCode: '0355',
    districts: [
      { name: '潞州区', slug: 'luzhou' },
      { name: '上党区', slug: 'shangdang' },
      { name: '屯留区', slug: 'tunliu' },
      { name: '潞城区', slug: 'lucheng' },
      { name: '襄垣县', slug: 'xiangyuan' },
      { name: '平顺县', slug: 'pingshun' },
      { name: '黎城县', slug: 'licheng' },
      { name: '壶关县', slug: 'huguan' },
      { name: '长子县', slug: 'zhangzi' },
      { name: '武乡县', slug: 'wuxiang' },
      { name: '沁县', slug: 'qinxian' },
      { name: '沁源县', slug: 'qinyuan' },
    ],
    articles: [
      {
        slug: 'hand-washing',
        title: '勤洗手（示例）',
        summary: '饭前便后、外出回家后用流动水和肥皂洗手。',
        body: '饭前便后、外出回家后，用流动水和肥皂洗手，搓洗不少于二十秒。',
      },
      {
        slug: 'dining',
        title: '聚餐使用公筷公勺（示例）',
        summary: '家庭和餐馆聚餐时使用公筷公勺，提倡分餐。',
        body: '家庭和餐馆聚餐时使用公筷公勺，提倡分餐，减少交叉感染。',
      },
    ],
    stories: [
      {
        slug: 'doctor',
        title: '潞州区乡村医生坚守岗位（示例）',
        summary: '潞州区一位乡村医生坚持为村民测体温、讲防护。',
        body: '疫情期间，潞州区一位乡村医生每天走村入户，为村民测体温、讲解防护知识。',
        district: '潞州区',
      },
    ],
  },
];
