COPY (SELECT * FROM das.landed__geo__countries) TO 'countries.csv';
