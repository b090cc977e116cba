-- 标题：红黑榜
-- 说明：最近一个填报月份上红榜和黑榜的牵头单位及各项得分（unit_ranking，权重见 metric_settings）；figures_note 注明当月未报送或漏报、按上次报送进度计入的单位。
SELECT board, rank, lead_unit, figures_note, score, on_time_score, lag_score, overdue_score, discipline_score
FROM unit_ranking
WHERE report_month = (SELECT max(report_month) FROM unit_ranking)
  AND board IS NOT NULL
ORDER BY board DESC, rank;
