-- 标题：长期任务清单
-- 说明：完成时限写作“长期坚持”“持续推进”等的任务：不计逾期，也不计入按时限计算的比率。专项小组按台账所列的顺序（group_ordinal）。
SELECT ledger, task_id, task_name, special_group, lead_unit, deadline_text, last_month
FROM tasks
WHERE open_ended
ORDER BY ledger_ordinal(ledger), group_ordinal(report_month, special_group) NULLS LAST, special_group, task_id;
