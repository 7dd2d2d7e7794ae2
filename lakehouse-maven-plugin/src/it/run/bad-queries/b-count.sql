SELECT count(*) AS countries FROM das.landed__geo__countries;
