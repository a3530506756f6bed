import { DISTRICTS, names } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { boolean, date, select, string, text } from '../fields';
import { sampleField } from './common';

export const CLINIC_KINDS = ['发热门诊', '发热诊室', '定点医院', '社区卫生服务中心'] as const;

/** 发热门诊/就医点: where a reader with a fever goes, kept current by editors (who record when they checked). */
export const clinics = defineCollectionDeclaration({
  name: 'clinics',
  label: '发热门诊',
  labelSingular: '发热门诊或就医点',
  description: '发热门诊、发热诊室和就医点的地址、接诊时间和电话。请定期向医院核实并更新“核实日期”。',
  format: 'yml',
  fields: [
    string('title', '名称', { maxLength: 40 }),
    select('kind', '类型', CLINIC_KINDS),
    select('district', '所属县（市、区）', names(DISTRICTS)),
    string('address', '地址', { maxLength: 80 }),
    string('hours', '接诊时间', { maxLength: 40, hint: '例如“24 小时接诊”或“每天 8:00—20:00”。' }),
    string('phone', '咨询电话', {
      pattern: [
        /^(\d{3,4}-\d{7,8}|\d{3,5})$/,
        '请填写医院的固定电话（如 0351-4960000）或服务热线，不要填写个人手机号。',
      ],
    }),
    text('note', '就诊提示', { required: false, maxLength: 120, hint: '例如入口位置、是否需要预约。' }),
    date('checked', '核实日期', { hint: '最近一次向医院核实地址、时间和电话的日期。' }),
    date('published', '发布日期'),
    string('source', '来源'),
    string('editor', '责任编辑'),
    sampleField,
    boolean('draft', '草稿（不公开发布）'),
  ],
  listView: {
    summary: '{{title}}（{{district}} · {{kind}}）',
    sortableFields: ['title', 'checked'],
    groupBy: ['district', 'kind'],
  },
});
